namespace RobotPlan.FirstUnitInsurance;

public sealed class InsuredUnitDto
{
    [Required] public Guid ProductId { get; set; }
    [Required, StringLength(64)] public string SerialNumber { get; set; } = "";
    [Required, StringLength(32)] public string BuyerUscc { get; set; } = "";
    [Required, StringLength(128)] public string BuyerName { get; set; } = "";
    [Required, StringLength(64)] public string ContractNumber { get; set; } = "";
    [Required] public DateOnly DeliveryDate { get; set; }
    [Range(0.01, 10_000_000_000)] public decimal UnitValue { get; set; }
}

/// <summary>首台（套）综合险保单 as the manufacturer registers it; a renewal names last year's policy.</summary>
public sealed class RegisterInsurancePolicyDto
{
    [Required, StringLength(128)] public string Insurer { get; set; } = "";
    [Required, StringLength(64)] public string PolicyNumber { get; set; } = "";
    [Required] public DateOnly PeriodStart { get; set; }
    [Required] public DateOnly PeriodEnd { get; set; }
    [Range(0.01, 1_000_000_000)] public decimal Premium { get; set; }
    [Range(0.01, 100_000_000_000)] public decimal SumInsured { get; set; }
    [Range(0.01, 100_000_000_000)] public decimal LiabilityLimit { get; set; }
    public Guid? PreviousPolicyId { get; set; }
    [Required, MinLength(1), MaxLength(200)] public List<InsuredUnitDto> Units { get; set; } = [];
}

public sealed class RecordPremiumPaymentDto
{
    [Range(0.01, 1_000_000_000)] public decimal PremiumPaid { get; set; }
}

public sealed record InsurancePolicyDto(
    Guid Id, Guid EnterpriseId, string Insurer, string PolicyNumber, DateOnly PeriodStart, DateOnly PeriodEnd,
    decimal Premium, decimal PremiumPaid, bool IsPremiumFullyPaid, Guid? PremiumProofFileId, decimal SumInsured, decimal LiabilityLimit,
    Guid? PreviousPolicyId, int PolicyYear, IReadOnlyList<InsuredUnitDto> Units, string ConcurrencyStamp);

public sealed class GetInsurancePoliciesInput : PagedAndSortedResultRequestDto;
