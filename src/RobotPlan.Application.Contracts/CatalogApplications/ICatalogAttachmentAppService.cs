using RobotPlan.Files;

namespace RobotPlan.CatalogApplications;

public interface ICatalogAttachmentAppService
{
    /// <summary>
    /// One attachment of a catalog file, for those entitled to the file: its enterprise, reviewers of its district and
    /// the city, experts on its panel while assigned. Anyone else, or a file id that is not among its attachments: 404.
    /// </summary>
    Task<FileDownload> GetAsync(Guid applicationId, Guid fileId, CancellationToken ct = default);
}
