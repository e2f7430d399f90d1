using RobotPlan.Errors;
using RobotPlan.SeedWork;

namespace RobotPlan.ReferenceData;

/// <summary>检测机构 — issues test reports; its users act only for it.</summary>
public class TestingBody : AggregateRoot
{
    public string Name { get; private set; } = null!;
    public string? Uscc { get; private set; }
    public bool IsActive { get; private set; } = true;

    private TestingBody() { }

    public TestingBody(string name, string? uscc, bool isActive = true) => Update(name, uscc, isActive);

    /// <summary>A deactivated body stays on old records but is no longer offered for new ones.</summary>
    public void Update(string name, string? uscc, bool isActive)
    {
        Name = name.Trim();
        Uscc = OrganizationUscc.NormalizeOptional(uscc);
        IsActive = isActive;
    }
}

/// <summary>认证机构 — certifies products; subject of credit records .</summary>
public class CertificationBody : AggregateRoot
{
    public string Name { get; private set; } = null!;
    public string? Uscc { get; private set; }
    public bool IsActive { get; private set; } = true;

    private CertificationBody() { }

    public CertificationBody(string name, string? uscc, bool isActive = true) => Update(name, uscc, isActive);

    /// <summary>A deactivated body stays on old records but is no longer offered for new ones.</summary>
    public void Update(string name, string? uscc, bool isActive)
    {
        Name = name.Trim();
        Uscc = OrganizationUscc.NormalizeOptional(uscc);
        IsActive = isActive;
    }
}

internal static class OrganizationUscc
{
    /// <summary>Bodies may be entered before their USCC is known; a given one must be valid .</summary>
    public static string? NormalizeOptional(string? uscc) => string.IsNullOrWhiteSpace(uscc)
        ? null
        : Enterprises.Uscc.Normalize(uscc) ?? throw new BusinessException(RobotPlanErrorCodes.UsccInvalid, "uscc");
}
