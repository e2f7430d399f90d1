using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogApplications;
using RobotPlan.PublicNotices;

namespace RobotPlan.EntityFrameworkCore.PublicNotices;

/// <summary>R-16's question to the notices, answered in one query on both providers.</summary>
internal sealed class PublicNoticeQueries(RobotPlanDbContext db) : IPublicNoticeQueries
{
    public async Task<IReadOnlyList<ListableApplication>> GetListableApplicationsAsync(DateTime nowUtc, CancellationToken ct) =>
        await (from notice in db.PublicNotices.AsNoTracking()
               where notice.EndsAtUtc <= nowUtc
               from entry in notice.Entries
               where !entry.IsWithdrawn
                   && !notice.Objections.Any(o => o.SubjectId == entry.SubjectId && o.Status == ObjectionStatus.Open)
               join application in db.CatalogApplications on entry.SubjectId equals application.Id
               where application.Status == CatalogApplicationStatus.InPublicNotice
               orderby notice.EndsAtUtc
               select new ListableApplication(entry.SubjectId, notice.Id, notice.EndsAtUtc)).ToListAsync(ct);
}
