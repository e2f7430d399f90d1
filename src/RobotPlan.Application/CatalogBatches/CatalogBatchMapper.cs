namespace RobotPlan.CatalogBatches;

public static class CatalogBatchMapper
{
    public static CatalogBatchDto ToDto(this CatalogBatch b) => new(
        b.Id, b.Catalog, b.Year, b.Title, b.TitleEn, b.OpensAt, b.ClosesAt, b.RevisionDeadline,
        ToLocal(b.OpensAt), ToLocal(b.ClosesAt), ToLocal(b.RevisionDeadline),
        b.Rubric.Select(c => new RubricCriterionDto { Name = c.Name, Weight = c.Weight }).ToList(),
        b.ExpertsPerFile, b.PassMark, b.NoticeWorkingDays, b.ReviewWorkingDays, b.Status, b.ConcurrencyStamp);

    /// <summary>The title in the reader's UI culture (issue #16 item 6); decision letters keep the official <c>Title</c>.</summary>
    public static string LocalTitle(this CatalogBatch b) => BilingualName.Local(b.Title, b.TitleEn);

    /// <summary>R-10: the window is typed in Asia/Shanghai local time and stored in UTC.</summary>
    public static DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), BusinessCalendarClock.TimeZone);

    public static DateTime ToLocal(DateTime utc) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), BusinessCalendarClock.TimeZone),
            DateTimeKind.Unspecified);
}
