using RobotPlan.Calendar;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Admin.Calendar;

/// <summary>节假日日历: the years known, their holidays and make-up working days.</summary>
[Authorize(P.Calendar.Manage)]
public sealed class IndexModel(ICalendarAppService calendar, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public IReadOnlyList<CalendarYearDto> Years { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAddYearAsync(CreateCalendarYearDto input, CancellationToken ct) =>
        SaveAsync(() => calendar.CreateYearAsync(input, ct), ct);

    public Task<IActionResult> OnPostAddDayAsync(CreateCalendarDayDto input, CancellationToken ct) =>
        SaveAsync(() => calendar.CreateDayAsync(input, ct), ct);

    public Task<IActionResult> OnPostChangeDayAsync(DateOnly date, ChangeCalendarDayDto input, CancellationToken ct) =>
        SaveAsync(() => calendar.ChangeDayAsync(date, input, ct), ct);

    public Task<IActionResult> OnPostDeleteDayAsync(DateOnly date, CancellationToken ct) =>
        SaveAsync(async () => { await calendar.DeleteDayAsync(date, ct); return date; }, ct);

    private Task<IActionResult> SaveAsync<T>(Func<Task<T>> save, CancellationToken ct) =>
        this.SaveOrShowAsync(() => save(), L, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct) => Years = await calendar.GetYearsAsync(ct);
}
