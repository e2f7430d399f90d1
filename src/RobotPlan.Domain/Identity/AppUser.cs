namespace RobotPlan.Identity;

/// <summary>An Identity user bound, where its role says so, to one enterprise, jurisdiction or testing body.</summary>
public class AppUser : IdentityUser<Guid>
{
    public AppUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = "";
    public Guid? EnterpriseId { get; set; }
    public Guid? JurisdictionId { get; set; }
    public Guid? TestingBodyId { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime CreationTime { get; set; }
}

public class AppRole : IdentityRole<Guid>
{
    public AppRole() => Id = Guid.CreateVersion7();

    public AppRole(string name) : this() => Name = name;
}
