namespace RobotPlan.PublicNotices;

/// <summary>What the listing job asks the notices .</summary>
public interface IPublicNoticeQueries
{
    /// <summary>
    /// Files still InPublicNotice whose notice ended at or before <paramref name="nowUtc"/> with no open objection
    /// against them: these may be listed. A file whose objection was upheld was rejected and is not InPublicNotice.
    /// </summary>
    Task<IReadOnlyList<ListableApplication>> GetListableApplicationsAsync(DateTime nowUtc, CancellationToken ct = default);
}

public sealed record ListableApplication(Guid ApplicationId, Guid NoticeId, DateTime NoticeEndedAtUtc);
