using RobotPlan.FirstUnitInsurance;
using RobotPlan.SubsidyPrograms;

namespace RobotPlan.SubsidyClaims;

public interface ISubsidyClaimRepository
{
    /// <summary>With history, tracked.</summary>
    Task<SubsidyClaim?> FindAsync(Guid id, CancellationToken ct = default);
    Task<(int TotalCount, List<SubsidyClaim> Items)> GetPageAsync(SubsidyClaimFilter filter, CancellationToken ct = default);
    /// <summary>Claims waiting in these states, oldest in their step first (task lists); jurisdiction via the claimant.</summary>
    Task<List<SubsidyClaim>> GetWaitingAsync(IReadOnlyCollection<SubsidyClaimStatus> statuses, Guid? jurisdictionId, int max, CancellationToken ct = default);
    /// <summary>Every live claim (R-35's "funded"): neither draft, rejected, withdrawn nor clawed back. Read-only.</summary>
    Task<List<SubsidyClaim>> GetLiveAsync(CancellationToken ct = default);
    /// <summary>Claims InPublicNotice whose notice ended at or before <paramref name="nowUtc"/> with no open objection against them.</summary>
    Task<List<Guid>> GetApprovableAsync(DateTime nowUtc, CancellationToken ct = default);
    Task AddAsync(SubsidyClaim claim, CancellationToken ct = default);
}

public sealed record SubsidyClaimFilter(Guid? ProgramId, SubsidyKind? Kind, SubsidyClaimStatus? Status, Guid? EnterpriseId, Guid? JurisdictionId,
    int SkipCount, int MaxResultCount);

/// <summary>R-30…R-35's questions to other features' data, answered read-only.</summary>
public interface IClaimFactsQueries
{
    /// <summary>R-30/R-34: an Active first-unit listing of the product on that date (by its validity and status history).</summary>
    Task<bool> WasListedInFirstUnitCatalogAsync(Guid productId, DateOnly on, CancellationToken ct = default);
    /// <summary>Policies insuring any of these products (R-32, R-33, R-35 look across policies).</summary>
    Task<List<InsurancePolicy>> GetPoliciesInsuringAsync(IReadOnlyCollection<Guid> productIds, CancellationToken ct = default);
}
