using Microsoft.EntityFrameworkCore;
using RobotPlan.Calendar;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

internal sealed class CalendarExpectations : IEndpointExpectations
{
    public IEnumerable<EndpointCase> Cases =>
    [
        // R-15's calculator is public.
        EndpointCase.Get("api/public/calendar/notice-end", _ => "/api/public/calendar/notice-end?start=2025-09-26&workingDays=5", "*=200"),
        EndpointCase.Get("api/app/calendar/years", _ => "/api/app/calendar/years", "anon=401 admin=200 *=403"),
        EndpointCase.Send("POST", "api/app/calendar/years", _ => "/api/app/calendar/years", "anon=401 admin=200 *=403",
            (_, _) => MatrixContext.Json(new { year = 2090, source = "矩阵测试" })),
        EndpointCase.Send("POST", "api/app/calendar/days", _ => "/api/app/calendar/days", "anon=401 admin=200 *=403",
            (_, _) => MatrixContext.Json(new { date = "2025-03-12", kind = "Holiday", note = "矩阵" })),
        // Rewrites National Day as it is.
        EndpointCase.Send("PUT", "api/app/calendar/days/{date}", _ => "/api/app/calendar/days/2025-10-01", "anon=401 admin=200 *=403",
            (_, _) => MatrixContext.Json(new { kind = "Holiday", note = "法定节假日" })),
        // The day to delete is made first, whatever order the cases run in.
        new EndpointCase("DELETE", "api/app/calendar/days/{date}", async c =>
        {
            await c.Factory.WithDbAsync(async db =>
            {
                if (!await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2025, 5, 20)))
                    db.CalendarDays.Add(new CalendarDay(new DateOnly(2025, 5, 20), isWorkingDay: false, "矩阵"));
                return await db.SaveChangesAsync();
            });
            return "/api/app/calendar/days/2025-05-20";
        }, Expect.Parse("anon=401 admin=204 *=403")),
    ];
}
