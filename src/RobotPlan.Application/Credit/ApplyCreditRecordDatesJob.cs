using Microsoft.Extensions.Logging;
using RobotPlan.SeedWork;
using RobotPlan.Timing;

namespace RobotPlan.Credit;

/// <summary>
/// Starts records whose effective date has come and ends those whose end date has come (R-61's effects follow through
/// the records' events). Re-runnable: a record already moved is not due any more, so a repeated run changes nothing.
/// </summary>
public sealed class ApplyCreditRecordDatesJob(ICreditRecordRepository records, IUnitOfWork unitOfWork, TimeProvider clock,
    ILogger<ApplyCreditRecordDatesJob> logger)
{
    private const int BatchSize = 100;

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        var changed = 0;
        while (!ct.IsCancellationRequested)
        {
            var due = await records.GetDueAsync(today, BatchSize, ct);
            var moved = due.Where(r => r.ApplyDates(today, clock.GetUtcNow().UtcDateTime)).ToList();
            if (moved.Count == 0) break;
            foreach (var r in moved) logger.LogInformation("Credit record {Id} about {Subject} is now {State}", r.Id, r.SubjectName, r.State);
            changed += moved.Count;
            await unitOfWork.SaveChangesAsync(ct);
        }
        return changed;
    }
}
