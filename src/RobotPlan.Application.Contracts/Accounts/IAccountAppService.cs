namespace RobotPlan.Accounts;

public interface IAccountAppService
{
    /// <summary>Anonymous: creates the enterprise user and its enterprise in one transaction.</summary>
    Task<RegisteredEnterpriseDto> RegisterEnterpriseAsync(RegisterEnterpriseDto input, CancellationToken ct = default);
}
