using RobotPlan.SeedWork;

namespace RobotPlan.ReferenceData;

/// <summary>检测机构 — issues test reports; its users act only for it.</summary>
public class TestingBody : AggregateRoot
{
    public string Name { get; private set; } = null!;
    public string? Uscc { get; private set; }
    public bool IsActive { get; private set; } = true;

    private TestingBody() { }

    public TestingBody(string name, string? uscc)
    {
        Name = name;
        Uscc = uscc;
    }

    public void Update(string name, bool isActive)
    {
        Name = name.Trim();
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

    public CertificationBody(string name, string? uscc)
    {
        Name = name;
        Uscc = uscc;
    }

    public void Update(string name, bool isActive)
    {
        Name = name.Trim();
        IsActive = isActive;
    }
}
