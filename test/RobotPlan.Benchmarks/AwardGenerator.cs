using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RobotPlan.Identity;
using RobotPlan.Localization;
using RobotPlan.SeedWork;
using RobotPlan.Enterprises;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyAwards;

namespace RobotPlan.Benchmarks;

/// <summary>
/// N approved awards in a programme of their own ("基准测试", year 2030), spread over every enterprise of the database (each
/// given a bank account when it has none), with the budget reserved for all of them at once — what the claims feature's
/// approvals would have left behind. Used by P-3 (PayoutBenchmark) and by etc/scripts/multinode.sh (`awards` verb).
/// </summary>
public static class AwardGenerator
{
    /// <summary>
    /// `awards &lt;Sqlite|PostgreSql&gt; &lt;connection string&gt; &lt;count&gt;`: adds the awards to a migrated, seeded database (the
    /// DbMigrator's); prints "programId count payees total" on one line for the calling script.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var services = BenchServices.For(Enum.Parse<DatabaseProvider>(args[0], ignoreCase: true), args[1], LogLevel.Warning, new NoUser());
        await using var root = services.BuildServiceProvider();
        await using var scope = root.CreateAsyncScope();
        var generated = await CreateAsync(scope.ServiceProvider, int.Parse(args[2], CultureInfo.InvariantCulture), "多节点演练");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{generated.ProgramId} {generated.Count} {generated.Payees} {generated.Total:0.00}"));
        return 0;
    }

    public sealed record Generated(Guid ProgramId, int Count, int Payees, decimal Total);

    public static async Task<Generated> CreateAsync(IServiceProvider sp, int awardCount, string title = "基准测试")
    {
        var db = sp.GetRequiredService<RobotPlanDbContext>();
        // Issue #14: only enterprises their district verified are paid (the generated listing enterprises are not).
        var payees = await db.Enterprises.Where(e => e.VerificationStatus == EnterpriseVerificationStatus.Verified).OrderBy(e => e.Id).ToListAsync();
        if (payees.Count == 0) throw new InvalidOperationException("The database has no verified enterprise to pay (seed the demo data first).");
        foreach (var e in payees.Where(e => e.BankAccount is null))
            e.SetBankAccount(new BankAccount(e.LegalName, "重庆银行", "6222" + e.Uscc[^12..]));
        var program = await sp.GetRequiredService<SubsidyProgramManager>().CreateAsync(2030, SubsidyKind.FirstPurchaseReward, title,
            new DateTime(2030, 1, 1), new DateTime(2030, 12, 31), awardCount * 10_000m, SubsidyParameters.Default);
        await db.SaveChangesAsync();
        var now = DateTime.UtcNow;
        var total = 0m;
        for (var i = 0; i < awardCount; i++)
        {
            // Amounts vary in 元 and fen, so a sum that matches is not a coincidence of equal amounts.
            var amount = 1_000m + i % 997 + 0.01m * (i % 100);
            total += amount;
            db.Awards.Add(new Award(Guid.NewGuid(), program.Id, SubsidyKind.FirstPurchaseReward, payees[i % payees.Count].Id, amount, 1, now));
        }
        // One reservation for all: the claims feature reserves each award's amount on approval.
        if (!await sp.GetRequiredService<IBudgetLedger>().TryReserveAsync(program.Id, total)) throw new InvalidOperationException("Budget too small.");
        await db.SaveChangesAsync();
        return new Generated(program.Id, awardCount, payees.Count, total);
    }
}
