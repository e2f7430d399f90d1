namespace RobotPlan.FirstUnitInsurance;

public interface IInsurancePolicyAppService
{
    Task<PagedResultDto<InsurancePolicyDto>> GetListAsync(GetInsurancePoliciesInput input, CancellationToken ct = default);
    Task<InsurancePolicyDto> GetAsync(Guid id, CancellationToken ct = default);
    /// <summary>The manufacturer registers a policy year for its own enterprise .</summary>
    Task<InsurancePolicyDto> RegisterAsync(RegisterInsurancePolicyDto input, CancellationToken ct = default);
    /// <summary>先保后补: the premium actually paid, with the payment proof (PDF/PNG/JPEG).</summary>
    Task<InsurancePolicyDto> RecordPremiumPaymentAsync(Guid id, RecordPremiumPaymentDto input, FileUpload proof, CancellationToken ct = default);
}
