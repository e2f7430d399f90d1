namespace RobotPlan.Web.Pages.Announcements.Manage;

/// <summary>The batches and programmes an announcement may link to, for the form's selects.</summary>
public sealed class AnnouncementLinkOptions(ICatalogBatchAppService batches, ISubsidyProgramAppService programs)
{
    public IReadOnlyList<(Guid Id, string Title)> Batches { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title)> Programs { get; private set; } = [];

    public async Task LoadAsync(CancellationToken ct)
    {
        Batches = (await batches.GetListAsync(new GetCatalogBatchesInput { MaxResultCount = 200 }, ct)).Items.Select(b => (b.Id, b.LocalTitle())).ToList();
        Programs = (await programs.GetListAsync(null, null, ct)).Select(p => (p.Id, p.LocalTitle())).ToList();
    }
}
