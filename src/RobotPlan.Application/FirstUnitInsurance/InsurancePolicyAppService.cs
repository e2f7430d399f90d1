using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.FirstUnitInsurance;

public sealed class InsurancePolicyAppService(
    IInsurancePolicyRepository policies,
    IProductRepository products,
    IEnterpriseRepository enterprises,
    FileStore files,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    DataScope scope) : IInsurancePolicyAppService
{
    public async Task<PagedResultDto<InsurancePolicyDto>> GetListAsync(GetInsurancePoliciesInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Insurance.Default);
        // Policies are the manufacturer's file: its own users, and programme-wide roles.
        var enterpriseId = scope.SeesAllEnterprises ? (Guid?)null : currentUser.EnterpriseId ?? Guid.Empty;
        var (total, items) = await policies.GetPageAsync(enterpriseId, input.SkipCount, input.MaxResultCount, ct);
        return new(total, items.Select(p => p.ToDto()).ToList());
    }

    public async Task<InsurancePolicyDto> GetAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Insurance.Default);
        return (await LoadVisibleAsync(id, ct)).ToDto();
    }

    public async Task<InsurancePolicyDto> RegisterAsync(RegisterInsurancePolicyDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Insurance.Manage);
        var enterpriseId = currentUser.EnterpriseId ?? throw new EntityNotFoundException(typeof(Enterprise));
        if (await policies.PolicyNumberExistsAsync(input.Insurer.Trim(), input.PolicyNumber.Trim(), ct))
            throw new BusinessException(RobotPlanErrorCodes.DuplicatePolicyNumber, "policyNumber");
        var units = new List<InsuredUnit>();
        foreach (var (unit, index) in input.Units.Select((u, i) => (u, i)))
        {
            var product = await products.FindAsync(unit.ProductId, ct);
            // Only the manufacturer's own products can be insured by it.
            if (product is null || product.EnterpriseId != enterpriseId)
                throw new BusinessException(RobotPlanErrorCodes.PolicyProductNotOwned, $"units[{index}].productId");
            var buyerUscc = Uscc.Normalize(unit.BuyerUscc) ?? throw new BusinessException(RobotPlanErrorCodes.UsccInvalid, $"units[{index}].buyerUscc");
            units.Add(new InsuredUnit(unit.ProductId, unit.SerialNumber.Trim(), buyerUscc, unit.BuyerName.Trim(), unit.ContractNumber.Trim(),
                unit.DeliveryDate, unit.UnitValue));
        }
        InsurancePolicy? previous = null;
        if (input.PreviousPolicyId is { } previousId)
        {
            previous = await policies.FindAsync(previousId, ct);
            if (previous is null || previous.EnterpriseId != enterpriseId)
                throw new BusinessException(RobotPlanErrorCodes.PolicyCoverageGap, "previousPolicyId");
        }
        var policy = new InsurancePolicy(enterpriseId, input.Insurer, input.PolicyNumber, input.PeriodStart, input.PeriodEnd,
            input.Premium, input.SumInsured, input.LiabilityLimit, units, previous);
        await policies.AddAsync(policy, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return policy.ToDto();
    }

    public async Task<InsurancePolicyDto> RecordPremiumPaymentAsync(Guid id, RecordPremiumPaymentDto input, FileUpload proof, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Insurance.Manage);
        var policy = await LoadVisibleAsync(id, ct);
        scope.EnsureOwnEnterprise(policy.EnterpriseId, typeof(InsurancePolicy), id);
        var file = await files.SaveAsync(proof, policy.EnterpriseId, pdfOnly: false, ct);
        policy.RecordPremiumPayment(input.PremiumPaid, file.Id);
        await unitOfWork.SaveChangesAsync(ct);
        return policy.ToDto();
    }

    private async Task<InsurancePolicy> LoadVisibleAsync(Guid id, CancellationToken ct)
    {
        var policy = await policies.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(InsurancePolicy), id);
        var enterprise = await enterprises.FindAsync(policy.EnterpriseId, ct);
        if (enterprise is null || !(scope.SeesAllEnterprises || currentUser.EnterpriseId == policy.EnterpriseId))
            throw new EntityNotFoundException(typeof(InsurancePolicy), id);
        return policy;
    }
}
