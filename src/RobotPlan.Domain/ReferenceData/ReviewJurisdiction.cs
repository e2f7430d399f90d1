namespace RobotPlan.ReferenceData;

/// <summary>初审单位: one of Chongqing's 38 districts/counties (GB/T 2260 code) or 3 functional zones.</summary>
public class ReviewJurisdiction : AggregateRoot
{
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public JurisdictionKind Kind { get; private set; }

    private ReviewJurisdiction() { }

    public ReviewJurisdiction(string code, string name, JurisdictionKind kind)
    {
        Code = code;
        Name = name;
        Kind = kind;
    }

    public void Rename(string name) => Name = name.Trim();
}
