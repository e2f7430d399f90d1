using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.Domain.Tests.CatalogApplications;
using RobotPlan.Domain.Tests.CatalogBatches;
using RobotPlan.ExpertPanels;
using RobotPlan.Experts;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.Domain.Tests.ExpertPanels;

/// <summary>A file in ExpertReview, a pool of welding experts and a panel drawn with a fixed seed (batch: 3 experts, pass 60).</summary>
internal sealed class PanelFixture
{
    public const long Seed = 20250926;
    public const string Category = "IR-WELD";

    public CatalogBatch Batch { get; } = CatalogBatchFactory.Batch();
    public CatalogApplication File { get; }
    public List<ExpertProfile> Pool { get; }

    public PanelFixture(int poolSize = 6)
    {
        File = CatalogApplicationFactory.In(S.ExpertReview, Batch);
        Pool = [.. Enumerable.Range(0, poolSize).Select(i => Expert($"雇主{i}"))];
    }

    public static ExpertProfile Expert(string employer, Guid? employerId = null, string category = Category, params Guid[] conflicts) =>
        new(Guid.CreateVersion7(), new ExpertProfileDetails([category], employerId, employer, conflicts));

    public ExpertPanel Draw(long seed = Seed) =>
        new(File, Batch, Category, ExpertPanelManager.Candidates(Pool, Category, File.EnterpriseId), seed, CatalogApplicationFactory.Now);

    public ExpertProfile Profile(Guid userId) => Pool.Single(p => p.UserId == userId);

    /// <summary>Scores the batch rubric (40/30/30) so that the member's total is <paramref name="total"/>.</summary>
    public static List<CriterionScore> Scores(int total)
    {
        var first = Math.Min(40, total);
        var second = Math.Min(30, total - first);
        return [new("技术先进性", first, "依据充分"), new("市场前景", second, "前景较好"), new("自主可控", total - first - second, "关键部件国产")];
    }

    public void DeclareAndScore(ExpertPanel panel, PanelMember member, int total)
    {
        panel.DeclareNoConflict(Profile(member.ExpertUserId), CatalogApplicationFactory.Now);
        panel.Score(Profile(member.ExpertUserId), Scores(total), CatalogApplicationFactory.Now);
    }
}
