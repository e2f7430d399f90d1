namespace RobotPlan.Experts;

public sealed record ExpertProfileDto(
    Guid Id, Guid UserId, string? UserName, string? DisplayName, IReadOnlyList<string> Fields, Guid? EmployerEnterpriseId,
    string? EmployerEnterpriseName, string? EmployerName, IReadOnlyList<Guid> ConflictEnterpriseIds, string ConcurrencyStamp);

/// <summary>Fields are product category codes; the employer is a registered enterprise, a name, or both.</summary>
public class ExpertProfileInputDto
{
    [Required, MinLength(1), MaxLength(ExpertConsts.MaxFields)]
    public List<string> Fields { get; set; } = [];

    public Guid? EmployerEnterpriseId { get; set; }

    [StringLength(ExpertConsts.MaxEmployerNameLength)]
    public string? EmployerName { get; set; }

    [MaxLength(ExpertConsts.MaxConflicts)]
    public List<Guid> ConflictEnterpriseIds { get; set; } = [];
}

public sealed class CreateExpertProfileDto : ExpertProfileInputDto
{
    [Required]
    public Guid? UserId { get; set; }
}

public sealed class UpdateExpertProfileDto : ExpertProfileInputDto
{
    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}
