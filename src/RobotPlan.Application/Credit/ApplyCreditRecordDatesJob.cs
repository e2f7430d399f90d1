using RobotPlan.BackgroundJobs;

namespace RobotPlan.Credit;

/// <summary>
/// Starts records whose effective date has come and ends those whose end date has come (R-61's effects follow through
/// the records' events). Re-runnable: a record already moved is not due any more, so a repeated run changes nothing.
/// </summary>
public sealed class ApplyCreditRecordDatesJob(ICreditRecordRepository records, IUnitOfWork unitOfWork, TimeProvider clock,
    ILogger<ApplyCreditRecordDatesJob> logger)
{
    private const int BatchSize = 100;

    public Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        return DueBatches.RunAsync(c => records.GetDueAsync(today, BatchSize, c),
            r => r.ApplyDates(today, clock.GetUtcNow().UtcDateTime),
            r => logger.LogInformation("Credit record {Id} about {Subject} is now {State}", r.Id, r.SubjectName, r.State),
            unitOfWork, ct);
    }
}
