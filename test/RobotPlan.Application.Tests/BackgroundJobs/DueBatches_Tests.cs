using RobotPlan.BackgroundJobs;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.BackgroundJobs;

/// <summary>The loop of the date-driven jobs: commit per batch, stop when a batch moved nothing.</summary>
public sealed class DueBatches_Tests
{
    private sealed class CountingUnitOfWork : IUnitOfWork
    {
        public int Saves { get; private set; }
        public Task SaveChangesAsync(CancellationToken ct = default) { Saves++; return Task.CompletedTask; }
        public Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct = default) => work();
        public void ExpectConcurrencyStamp(IHasConcurrencyStamp entity, string? stamp) { }
    }

    [Fact]
    public async Task Should_Commit_Each_Batch_Until_Nothing_Is_Due()
    {
        var due = new Queue<List<int>>([[1, 2, 3], [4, 5], []]);
        var logged = new List<int>();
        var unitOfWork = new CountingUnitOfWork();
        var moved = await DueBatches.RunAsync(_ => Task.FromResult(due.Dequeue()), _ => true, logged.Add, unitOfWork, CancellationToken.None);
        moved.ShouldBe(5);
        logged.ShouldBe([1, 2, 3, 4, 5]);
        unitOfWork.Saves.ShouldBe(2);
    }

    [Fact]
    public async Task Should_Stop_When_A_Batch_Moved_Nothing_Even_If_Rows_Were_Read()
    {
        // A row the query keeps finding due but its aggregate refuses: read again and again, it must not loop forever.
        var reads = 0;
        var unitOfWork = new CountingUnitOfWork();
        var moved = await DueBatches.RunAsync(_ => { reads++; return Task.FromResult(new List<int> { 7 }); }, _ => false, _ => { },
            unitOfWork, CancellationToken.None);
        moved.ShouldBe(0);
        reads.ShouldBe(1);
        unitOfWork.Saves.ShouldBe(0);
    }
}
