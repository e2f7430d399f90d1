namespace RobotPlan.ReferenceData;

/// <summary>初审单位: one of Chongqing's 38 districts/counties (GB/T 2260 code) or 3 functional zones.</summary>
public class ReviewJurisdiction : AggregateRoot
{
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    /// <summary>The name English pages show (issue #16 item 6); documents keep <see cref="Name"/>.</summary>
    public string NameEn { get; private set; } = null!;
    public JurisdictionKind Kind { get; private set; }

    private ReviewJurisdiction() { }

    public ReviewJurisdiction(string code, string name, string nameEn, JurisdictionKind kind)
    {
        Code = code;
        Rename(name, nameEn);
        Kind = kind;
    }

    public void Rename(string name, string nameEn)
    {
        Name = name.Trim();
        NameEn = nameEn.Trim();
    }
}
