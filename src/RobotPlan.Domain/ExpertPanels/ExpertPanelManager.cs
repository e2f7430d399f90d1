using System.Security.Cryptography;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.Errors;
using RobotPlan.Experts;
using RobotPlan.Products;
using RobotPlan.SeedWork;

namespace RobotPlan.ExpertPanels;

/// <summary>The draw needs the expert pool and must be the file's only panel .</summary>
public class ExpertPanelManager(IExpertPanelRepository panels, IExpertProfileRepository profiles, TimeProvider clock)
{
    public async Task<ExpertPanel> DrawAsync(CatalogApplication application, CatalogBatch batch, Product product, CancellationToken ct = default)
    {
        if (application.Status != CatalogApplicationStatus.ExpertReview)
            throw new BusinessException(RobotPlanErrorCodes.IllegalTransition, null, application.Status, CatalogApplicationStatus.ExpertReview);
        if (await panels.FindByApplicationAsync(application.Id, ct) is not null)
            throw new BusinessException(RobotPlanErrorCodes.PanelExists);
        var candidates = Candidates(await profiles.GetAllAsync(ct), product.CategoryCode, application.EnterpriseId);
        // A fresh unpredictable seed, stored: nobody can steer the draw, everybody can re-run it.
        var seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8));
        var panel = new ExpertPanel(application, batch, product.CategoryCode, candidates, seed, clock.GetUtcNow().UtcDateTime);
        await panels.AddAsync(panel, ct);
        return panel;
    }

    /// <summary>Experts of the category, without anyone employed by the applicant or in declared conflict with it.</summary>
    public static List<Guid> Candidates(IEnumerable<ExpertProfile> pool, string categoryCode, Guid enterpriseId) =>
        [.. pool.Where(p => p.Covers(categoryCode) && !p.HasConflictWith(enterpriseId)).Select(p => p.UserId)];
}
