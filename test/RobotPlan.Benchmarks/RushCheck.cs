using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.EntityFrameworkCore;

namespace RobotPlan.Benchmarks;

/// <summary>
/// P-7 after the rush (etc/scripts/bench-rush.sh): `rush-close` runs the window job as Hangfire would once the batch's
/// close has passed; `rush-check` compares what the clients were told with the database and the stored files.
/// </summary>
public static class RushCheck
{
    /// <summary>
    /// `rush-deadline &lt;provider&gt; &lt;connection string&gt; &lt;batch id&gt; &lt;closes at, UTC ISO&gt;`: the batch's close moved to
    /// just after the rush's arrivals (the population is built before the rush's timing is known), as a municipal reviewer
    /// changes an open batch.
    /// </summary>
    public static async Task<int> DeadlineAsync(string[] args)
    {
        await using var root = BenchServices.For(Enum.Parse<DatabaseProvider>(args[0], ignoreCase: true), args[1], LogLevel.Warning, new NoUser())
            .BuildServiceProvider();
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RobotPlanDbContext>();
        var batch = await db.CatalogBatches.SingleAsync(b => b.Id == Guid.Parse(args[2]));
        var closesAt = DateTime.Parse(args[3], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        batch.Change(new CatalogBatchSettings(batch.Catalog, batch.Year, batch.Title, batch.OpensAt, closesAt, closesAt.AddDays(30), batch.Rubric,
            batch.ExpertsPerFile, batch.PassMark, batch.NoticeWorkingDays, batch.ReviewWorkingDays), DateTime.UtcNow);
        await db.SaveChangesAsync();
        return 0;
    }

    /// <summary>`rush-close &lt;provider&gt; &lt;connection string&gt; &lt;batch id&gt;`: the job's run, then the batch's status.</summary>
    public static async Task<int> CloseAsync(string[] args)
    {
        await using var root = BenchServices.For(Enum.Parse<DatabaseProvider>(args[0], ignoreCase: true), args[1], LogLevel.Warning, new NoUser())
            .BuildServiceProvider();
        await using var scope = root.CreateAsyncScope();
        var changed = await ActivatorUtilities.CreateInstance<OpenAndCloseCatalogBatchesJob>(scope.ServiceProvider).RunAsync(); // as Hangfire's activator builds it
        var batch = await scope.ServiceProvider.GetRequiredService<RobotPlanDbContext>().CatalogBatches.AsNoTracking()
            .SingleAsync(b => b.Id == Guid.Parse(args[2]));
        Console.WriteLine($"window job at {DateTime.UtcNow:HH:mm:ss.fff} UTC: {changed} batch(es) changed; the rush's batch (closes {batch.ClosesAt:HH:mm:ss} UTC) is {batch.Status}");
        return batch.Status == CatalogBatchStatus.Closed ? 0 : 1;
    }

    /// <summary>
    /// `rush-check &lt;provider&gt; &lt;connection string&gt; &lt;batch id&gt; &lt;files folder&gt; &lt;outcomes.tsv&gt;`. Each outcome line
    /// (written by etc/bench/rush-processor.js when an enterprise's flow ends): user, application id, submit status, and
    /// the SHA-256 of the three PDFs it sent (ApplicationForm, FirstSaleContract, IntellectualProperty). Exit 1 on a failure.
    /// </summary>
    public static async Task<int> CheckAsync(string[] args)
    {
        await using var root = BenchServices.For(Enum.Parse<DatabaseProvider>(args[0], ignoreCase: true), args[1], LogLevel.Warning, new NoUser())
            .BuildServiceProvider();
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RobotPlanDbContext>();
        var batchId = Guid.Parse(args[2]);
        var filesRoot = args[3];
        var outcomes = (await File.ReadAllLinesAsync(args[4])).Select(l => l.Split('\t')).Where(f => f.Length >= 6).ToList();
        var batch = await db.CatalogBatches.AsNoTracking().SingleAsync(b => b.Id == batchId);
        var applications = await db.CatalogApplications.AsNoTracking().Where(a => a.BatchId == batchId).ToListAsync();
        var fileIds = applications.SelectMany(a => a.Attachments.Select(x => x.FileId)).ToList();
        var files = await db.StoredFiles.AsNoTracking().Where(f => fileIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id);
        var failures = 0;
        void Check(bool ok, string what)
        {
            Console.WriteLine($"  {(ok ? "ok    " : "FAILED")} {what}");
            if (!ok) failures++;
        }

        var accepted = outcomes.Where(o => o[2].StartsWith('2')).ToList();
        var byId = applications.ToDictionary(a => a.Id);
        var submitted = applications.Where(a => a.Status != CatalogApplicationStatus.Draft).ToList();
        Console.WriteLine($"integrity: {outcomes.Count:N0} enterprise flows ended, {accepted.Count:N0} submissions answered 2xx; "
            + $"the batch holds {applications.Count:N0} applications, {submitted.Count:N0} submitted");
        Check(batch.Status == CatalogBatchStatus.Closed, $"the batch is {batch.Status} after the window job (closes {batch.ClosesAt:HH:mm:ss} UTC)");
        var missing = accepted.Count(o => !Guid.TryParse(o[1], out var id) || !byId.TryGetValue(id, out var a) || a.Status == CatalogApplicationStatus.Draft);
        Check(missing == 0, $"every 2xx submission is in the database, submitted ({missing} missing)");
        var untold = applications.Count(a => !outcomes.Any(o => o[1] == a.Id.ToString()));
        Check(untold == 0, $"every application in the batch belongs to a flow that recorded its end ({untold} do not: a client failed mid-flow)");
        var unseen = submitted.Count(a => !accepted.Any(o => o[1] == a.Id.ToString()));
        Check(unseen == 0, $"no submission without a 2xx seen by its client ({unseen})");
        var duplicates = applications.GroupBy(a => a.ProductId).Count(g => g.Count() > 1);
        Check(duplicates == 0, $"one application per product and batch ({duplicates} products with more)");
        var late = submitted.Count(a => a.SubmittedAt >= batch.ClosesAt);
        Check(late == 0, $"nothing accepted at or after the close ({late}); last accepted at {(submitted.Count > 0 ? submitted.Max(a => a.SubmittedAt) : null):HH:mm:ss.fff} UTC");

        // The three files of every accepted submission: the kinds, the recorded SHA-256 and the bytes on disk equal what was sent.
        CatalogAttachmentKind[] kinds = [CatalogAttachmentKind.ApplicationForm, CatalogAttachmentKind.FirstSaleContract, CatalogAttachmentKind.IntellectualProperty];
        int wrongRecord = 0, wrongBytes = 0, wrongCount = 0;
        foreach (var o in accepted.Where(o => Guid.TryParse(o[1], out var id) && byId.ContainsKey(id)))
        {
            var application = byId[Guid.Parse(o[1])];
            if (application.Attachments.Count != 3) wrongCount++;
            foreach (var (kind, k) in kinds.Select((kind, k) => (kind, k)))
            {
                var attachment = application.Attachments.FirstOrDefault(a => a.Kind == kind);
                if (attachment is null || !files.TryGetValue(attachment.FileId, out var file) || file.Sha256 != o[3 + k])
                {
                    wrongRecord++;
                    continue;
                }
                await using var stream = File.OpenRead(Path.Combine(filesRoot, file.StorageName));
                if (Convert.ToHexStringLower(await SHA256.HashDataAsync(stream)) != o[3 + k]) wrongBytes++;
            }
        }
        Check(wrongCount == 0, $"three attachments on every accepted submission ({wrongCount} otherwise)");
        Check(wrongRecord == 0, $"each attachment's recorded SHA-256 equals what its client sent ({wrongRecord} differ)");
        Check(wrongBytes == 0, $"each stored file, hashed again from disk, equals what was sent ({wrongBytes} differ)");
        var refusedLate = outcomes.Count(o => o.Length > 6 && o[6] == "late" && !o[2].StartsWith('2'));
        var lateFlows = outcomes.Count(o => o.Length > 6 && o[6] == "late");
        var acceptedLate = lateFlows - refusedLate;
        Check(acceptedLate == 0, $"flows whose submit was sent at or after the close (or that reached it without one): {lateFlows}, refused {refusedLate}");
        Console.WriteLine(failures == 0 ? "integrity: PASSED" : $"integrity: FAILED ({failures} checks)");
        return failures == 0 ? 0 : 1;
    }
}
