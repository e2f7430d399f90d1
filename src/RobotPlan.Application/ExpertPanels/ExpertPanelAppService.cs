using Microsoft.AspNetCore.Identity;
using RobotPlan.Authorization;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.Enterprises;
using RobotPlan.Experts;
using RobotPlan.Identity;
using RobotPlan.Products;
using RobotPlan.SeedWork;
using P = RobotPlan.Permissions.RobotPlanPermissions;
using RobotPlan.Reviews;

namespace RobotPlan.ExpertPanels;

public sealed class ExpertPanelAppService(
    IExpertPanelRepository panels,
    ExpertPanelManager manager,
    IExpertProfileRepository profiles,
    ICatalogApplicationRepository applications,
    ICatalogBatchRepository batches,
    IProductRepository products,
    IEnterpriseRepository enterprises,
    UserManager<AppUser> users,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : IExpertPanelAppService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<ExpertPanelDto> DrawAsync(DrawExpertPanelDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.MunicipalReview);
        var id = input.ApplicationId!.Value;
        var application = await applications.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(CatalogApplication), id);
        var batch = await batches.FindAsync(application.BatchId, ct) ?? throw new EntityNotFoundException(typeof(CatalogBatch), application.BatchId);
        var product = (await products.GetByIdsAsync([application.ProductId], ct)).Single();
        var panel = await manager.DrawAsync(application, batch, product, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(panel, ct);
    }

    public async Task<ExpertPanelDto> GetAsync(Guid id, CancellationToken ct) => await ToDtoAsync(await LoadVisibleAsync(id, ct), ct);

    public async Task<ExpertPanelDto> GetByApplicationAsync(Guid applicationId, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.Default);
        var panel = await panels.FindByApplicationAsync(applicationId, ct) ?? throw new EntityNotFoundException(typeof(ExpertPanel), applicationId);
        return await GetAsync(panel.Id, ct);
    }

    public async Task<PanelVerificationDto> VerifyAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.MunicipalReview);
        var panel = await panels.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(ExpertPanel), id);
        return new PanelVerificationDto(panel.Verify(), PanelDraw.Order(panel.Seed, panel.Candidates));
    }

    public async Task<IReadOnlyList<ExpertPanelDto>> GetMyAssignmentsAsync(CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.ExpertReview);
        var result = new List<ExpertPanelDto>();
        foreach (var panel in await panels.GetForExpertAsync(currentUser.Id!.Value, ct)) result.Add(await ToDtoAsync(panel, ct));
        return result;
    }

    public async Task<ExpertPanelDto> DeclareNoConflictAsync(Guid id, CancellationToken ct)
    {
        var (panel, expert) = await LoadForMemberAsync(id, ct);
        panel.DeclareNoConflict(expert, Now);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(panel, ct);
    }

    public async Task<ExpertPanelDto> RecuseAsync(Guid id, RecuseDto input, CancellationToken ct)
    {
        var (panel, expert) = await LoadForMemberAsync(id, ct);
        panel.Recuse(expert.UserId, input.Reason, Now);
        await unitOfWork.SaveChangesAsync(ct);
        // The recused expert no longer sees the file; answer with what every former member may know.
        return await ToDtoAsync(panel, ct);
    }

    public async Task<ExpertPanelDto> ScoreAsync(Guid id, ScoreDto input, CancellationToken ct)
    {
        var (panel, expert) = await LoadForMemberAsync(id, ct);
        var scores = input.Scores.Select(s => new CriterionScore(s.Criterion, s.Score, s.Comment)).ToList();
        if (panel.Score(expert, scores, Now))
        {
            var application = await applications.FindAsync(panel.ApplicationId, ct)
                ?? throw new EntityNotFoundException(typeof(CatalogApplication), panel.ApplicationId);
            // the last required score decides; saved with the score in one unit of work.
            application.CompleteExpertReview(panel.Passed!.Value, panel.MeanScore!.Value,
                new ReviewActor(currentUser.Id, currentUser.UserName ?? "?", RobotPlanRoles.Expert, null), Now);
        }
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(panel, ct);
    }

    /// <summary>Municipal reviewers see every panel; an expert only the panels they sit on; nobody else learns it exists.</summary>
    private async Task<ExpertPanel> LoadVisibleAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.Default);
        var panel = await panels.FindAsync(id, ct);
        var visible = panel is not null && (currentUser.HasPermission(P.Catalogs.MunicipalReview)
            || (currentUser.HasPermission(P.Catalogs.ExpertReview) && panel.IsActiveMember(currentUser.Id!.Value)));
        return visible ? panel! : throw new EntityNotFoundException(typeof(ExpertPanel), id);
    }

    private async Task<(ExpertPanel Panel, ExpertProfile Expert)> LoadForMemberAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.ExpertReview);
        var panel = await panels.FindAsync(id, ct);
        var expert = await profiles.FindByUserAsync(currentUser.Id!.Value, ct);
        if (panel is null || expert is null || !panel.IsActiveMember(expert.UserId)) throw new EntityNotFoundException(typeof(ExpertPanel), id);
        return (panel, expert);
    }

    private async Task<ExpertPanelDto> ToDtoAsync(ExpertPanel panel, CancellationToken ct)
    {
        var application = await applications.FindAsync(panel.ApplicationId, ct);
        var product = application is null ? null : (await products.GetByIdsAsync([application.ProductId], ct)).SingleOrDefault();
        var enterprise = await enterprises.FindAsync(panel.EnterpriseId, ct);
        var names = await ExpertPanelMapper.ExpertNamesAsync(users, panel.Members.Select(m => m.ExpertUserId));
        return panel.ToDto(currentUser.Id, new PanelNames(enterprise?.LegalName, product?.Name, product?.Model, names));
    }
}
