using RobotPlan.Dtos;
using RobotPlan.Files;

namespace RobotPlan.Enterprises;

/// <summary>企业实名核验 (issue #14): the enterprise submits, the district reviewer of its jurisdiction decides.</summary>
public interface IEnterpriseVerificationAppService
{
    /// <summary>Its own users, its district's reviewers and programme-wide roles; anyone else 404.</summary>
    Task<EnterpriseVerificationDto> GetAsync(Guid enterpriseId, CancellationToken ct = default);

    Task<FileDownload> GetLicenceAsync(Guid enterpriseId, CancellationToken ct = default);

    /// <summary>The enterprise's own users: the business licence and legal representative.</summary>
    Task<EnterpriseVerificationDto> SubmitAsync(Guid enterpriseId, SubmitVerificationDto input, FileUpload licence, CancellationToken ct = default);

    /// <summary>The district reviewer of the enterprise's jurisdiction only.</summary>
    Task<EnterpriseVerificationDto> VerifyAsync(Guid enterpriseId, DecideVerificationDto input, CancellationToken ct = default);

    Task<EnterpriseVerificationDto> RejectAsync(Guid enterpriseId, RejectVerificationDto input, CancellationToken ct = default);
}

/// <summary>A squatted USCC's recovery (issue #14): filed anonymously with a new account, decided by an administrator.</summary>
public interface IUsccDisputeAppService
{
    Task<UsccDisputeReceiptDto> FileAsync(FileUsccDisputeDto input, FileUpload licence, CancellationToken ct = default);

    Task<PagedResultDto<UsccDisputeDto>> GetListAsync(GetUsccDisputesInput input, CancellationToken ct = default);

    /// <summary>Administrators, and the claimant for its own disputes.</summary>
    Task<UsccDisputeDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<IReadOnlyList<UsccDisputeDto>> GetMineAsync(CancellationToken ct = default);

    Task<FileDownload> GetLicenceAsync(Guid id, CancellationToken ct = default);

    /// <summary>Moves the USCC's enterprise record to the claimant; the old accounts lose it at once.</summary>
    Task<UsccDisputeDto> TransferAsync(Guid id, DecideUsccDisputeDto input, CancellationToken ct = default);

    Task<UsccDisputeDto> DismissAsync(Guid id, DismissUsccDisputeDto input, CancellationToken ct = default);
}
