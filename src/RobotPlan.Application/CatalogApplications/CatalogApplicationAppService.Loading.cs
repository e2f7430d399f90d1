using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.CatalogApplications;

public sealed partial class CatalogApplicationAppService
{
    /// <summary>Another party's file does not exist for the caller (404); see <see cref="CatalogFileAccess"/> for who may read it.</summary>
    private async Task<CatalogApplication> LoadVisibleAsync(Guid id, CancellationToken ct)
    {
        var application = await applications.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(CatalogApplication), id);
        await access.EnsureCanReadAsync(application, ct);
        return application;
    }

    /// <summary>Only the enterprise's own users edit, submit or withdraw its files.</summary>
    private async Task<CatalogApplication> LoadOwnAsync(Guid id, string? stamp, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.Apply);
        var application = await applications.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(CatalogApplication), id);
        scope.EnsureOwnEnterprise(application.EnterpriseId, typeof(CatalogApplication), id);
        unitOfWork.ExpectConcurrencyStamp(application, stamp);
        return application;
    }

    private async Task<Dictionary<Guid, CatalogApplicationNames>> NamesAsync(IReadOnlyCollection<CatalogApplication> items,
        CancellationToken ct)
    {
        var batchTitles = (await batches.GetByIdsAsync(items.Select(a => a.BatchId).Distinct().ToList(), ct)).ToDictionary(b => b.Id, b => b.LocalTitle());
        var productsById = (await products.GetByIdsAsync(items.Select(a => a.ProductId).Distinct().ToList(), ct)).ToDictionary(p => p.Id);
        var enterpriseNames = await enterprises.GetLegalNamesAsync(items.Select(a => a.EnterpriseId).Distinct().ToList(), ct);
        return items.ToDictionary(a => a.Id, a =>
        {
            var product = productsById.GetValueOrDefault(a.ProductId);
            return new CatalogApplicationNames(batchTitles.GetValueOrDefault(a.BatchId), enterpriseNames.GetValueOrDefault(a.EnterpriseId),
                product?.Name, product?.Model);
        });
    }

    private async Task<CatalogApplicationDto> ToDtoAsync(CatalogApplication application, CancellationToken ct) =>
        WithAllowedActions(application.ToDto((await NamesAsync([application], ct))[application.Id], withHistory: true));

    /// <summary>The acts the caller may take on the file now, so pages and clients need not copy R-11's state lists.</summary>
    private CatalogApplicationDto WithAllowedActions(CatalogApplicationDto dto) =>
        dto with { AllowedActions = CatalogApplicationActs.Table.AllowedFor(dto.Status, dto.EnterpriseId, currentUser) };
}
