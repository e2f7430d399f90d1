namespace RobotPlan.ReferenceData;

/// <summary>
/// What testing and certification bodies have in common: a name (Chinese, and English for English pages), an optional USCC, and whether new records may
/// still name them. Each kind keeps its own table, because credit records and users refer to one kind or the other.
/// </summary>
public abstract class CertifyingOrganization : AggregateRoot
{
    public string Name { get; private set; } = null!;
    public string NameEn { get; private set; } = null!;
    public string? Uscc { get; private set; }
    public bool IsActive { get; private set; } = true;

    protected CertifyingOrganization() { }

    protected CertifyingOrganization(string name, string nameEn, string? uscc, bool isActive) => Update(name, nameEn, uscc, isActive);

    /// <summary>A deactivated body stays on old records but is no longer offered for new ones.</summary>
    public void Update(string name, string nameEn, string? uscc, bool isActive)
    {
        Name = name.Trim();
        NameEn = nameEn.Trim();
        // Bodies may be entered before their USCC is known; a given one must be valid.
        Uscc = string.IsNullOrWhiteSpace(uscc)
            ? null
            : Enterprises.Uscc.Normalize(uscc) ?? throw new BusinessException(RobotPlanErrorCodes.UsccInvalid, "uscc");
        IsActive = isActive;
    }
}

/// <summary>检测机构 — issues test reports; its users act only for it.</summary>
public class TestingBody : CertifyingOrganization
{
    private TestingBody() { }

    public TestingBody(string name, string nameEn, string? uscc, bool isActive = true) : base(name, nameEn, uscc, isActive) { }
}

/// <summary>认证机构 — certifies products; subject of credit records .</summary>
public class CertificationBody : CertifyingOrganization
{
    private CertificationBody() { }

    public CertificationBody(string name, string nameEn, string? uscc, bool isActive = true) : base(name, nameEn, uscc, isActive) { }
}
