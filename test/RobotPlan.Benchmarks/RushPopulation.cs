using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RobotPlan.CatalogBatches;
using RobotPlan.CatalogListings;
using RobotPlan.Enterprises;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.Files;
using RobotPlan.Identity;
using RobotPlan.Products;
using RobotPlan.Reviews;
using RobotPlan.SeedWork;
using RobotPlan.TestReports;

namespace RobotPlan.Benchmarks;

/// <summary>
/// P-7's population (etc/scripts/bench-rush.sh): N verified enterprises, each with a sign-in, one product and a Valid test
/// report, 20 district reviewers (with a second factor, as their role requires), one open first-unit batch (its three
/// required attachments and the test report are what the rush's pre-check asks for) and M generated listings for the
/// buyers' search. Built through the aggregates' own constructors and methods (registration, verification by the
/// district, report issue), saved in bulk; users get one password hash computed once (Identity's PBKDF2 costs tens of
/// milliseconds a user, minutes for 5,000), so every enterprise signs in with the same password.
/// </summary>
public static class RushPopulation
{
    public const int Reviewers = 20;

    /// <summary>
    /// `rush-populate &lt;Sqlite|PostgreSql&gt; &lt;connection string&gt; &lt;N&gt; &lt;closes at, UTC ISO&gt; &lt;data folder&gt; &lt;out folder&gt;
    /// &lt;password&gt; [listings]`: writes enterprises.csv (user,productId), reviewers.csv (user,authenticator key) and batch.txt.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = Enum.Parse<DatabaseProvider>(args[0], ignoreCase: true);
        var count = int.Parse(args[2], CultureInfo.InvariantCulture);
        var closesAt = DateTime.Parse(args[3], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        var dataFolder = args[4];
        var output = args[5];
        var password = args[6];
        var listings = args.Length > 7 ? int.Parse(args[7], CultureInfo.InvariantCulture) : 2000;
        var services = BenchServices.For(provider, args[1], LogLevel.Warning, new NoUser());
        services.Configure<FileStorageOptions>(o => o.RootPath = Path.Combine(dataFolder, "files"));
        await using var root = services.BuildServiceProvider();
        var database = root.GetRequiredService<RobotPlanDatabase>();
        var clock = Stopwatch.StartNew();
        await using var scope = root.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await sp.GetRequiredService<DatabaseMigrator>().MigrateAndSeedAsync(new DataSeedContext(IncludeDemoData: false));
        var db = sp.GetRequiredService<RobotPlanDbContext>();
        if (await db.Enterprises.AnyAsync()) throw new InvalidOperationException("The rush needs an empty database.");
        var jurisdictions = await db.ReviewJurisdictions.Select(j => new { j.Id, j.Name, j.Code }).ToListAsync();
        await ListingGenerator.FillAsync(database, listings, jurisdictions.Select(j => (j.Id, j.Name)).ToList(), new DateOnly(2026, 3, 2));
        Console.WriteLine($"{listings:N0} listings for the buyers' search in {clock.Elapsed.TotalSeconds:F1} s");

        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        // Reviewers of 20 districts with a numeric division code (the USCC of each enterprise carries its district's code).
        var districts = jurisdictions.Where(j => j.Code.All(char.IsAsciiDigit)).OrderBy(j => j.Code).Take(Reviewers).ToList();
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var keys = sp.GetRequiredService<IUserStore<AppUser>>() as IUserAuthenticatorKeyStore<AppUser>
                   ?? throw new InvalidOperationException("The user store keeps no authenticator keys.");
        var reviewerLines = new List<string>();
        var reviewerActors = new List<ReviewActor>();
        foreach (var (district, index) in districts.Select((d, i) => (d, i)))
        {
            var user = new AppUser
            {
                UserName = $"rush-district-{index + 1:D2}", Email = $"rush-district-{index + 1:D2}@example.cn", EmailConfirmed = true,
                DisplayName = $"{district.Name}经信委 审核员", JurisdictionId = district.Id, CreationTime = now,
            };
            Ensure(await users.CreateAsync(user, password));
            Ensure(await users.AddToRoleAsync(user, RobotPlanRoles.DistrictReviewer));
            var key = Base32(RandomNumberGenerator.GetBytes(20));
            await keys.SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            user.TwoFactorEnabled = true;
            Ensure(await users.UpdateAsync(user));
            reviewerLines.Add($"{user.UserName},{key}");
            reviewerActors.Add(new ReviewActor(user.Id, user.DisplayName, RobotPlanRoles.DistrictReviewer, district.Id));
        }

        var testingBody = (await db.TestingBodies.FirstAsync()).Id;
        var fileStore = sp.GetRequiredService<FileStore>();
        // One licence and one report PDF stand for every enterprise's (nobody opens them during the rush).
        var licence = await SavePdfAsync(fileStore, "营业执照（压力测试）");
        var reportFile = await SavePdfAsync(fileStore, "检测报告（压力测试）");
        var batch = new CatalogBatch(new CatalogBatchSettings(CatalogKind.FirstUnit, today.Year, $"首台（套）申报截止压力测试 {now:yyyy-MM-dd HH:mm}",
            now.AddHours(-1), closesAt, closesAt.AddDays(30), [new RubricCriterion("技术先进性", 60), new RubricCriterion("市场前景", 40)]), now);
        db.CatalogBatches.Add(batch);
        await db.SaveChangesAsync();

        var hash = users.PasswordHasher.HashPassword(new AppUser(), password);
        var enterpriseRole = (await db.Roles.SingleAsync(r => r.Name == RobotPlanRoles.Enterprise)).Id;
        var enterpriseLines = new List<string>(count);
        foreach (var part in Enumerable.Range(0, count).Chunk(1000))
        {
            await using var chunk = database.CreateContext(new RobotPlan.EntityFrameworkCore.HistoryChains.HashChainInterceptor());
            chunk.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var i in part)
            {
                var district = districts[i % districts.Count];
                var userName = $"rush{i:D5}";
                var name = $"重庆压力测试{i:D5}智能装备有限公司";
                var enterprise = new Enterprise(UsccFor(district.Code, i), name, $"重庆市{district.Name}测试路{i % 999 + 1}号", district.Id,
                    new ContactInfo("张经理", $"138{i:D8}", $"{userName}@example.cn"), crossRegionException: false);
                var user = new AppUser
                {
                    UserName = userName, NormalizedUserName = users.NormalizeName(userName), Email = $"{userName}@example.cn",
                    NormalizedEmail = users.NormalizeEmail($"{userName}@example.cn"), EmailConfirmed = true, DisplayName = name,
                    EnterpriseId = enterprise.Id, CreationTime = now, PasswordHash = hash, LockoutEnabled = true,
                };
                // Issue #14: the enterprise submits its licence, its district verifies it (S-G: only then may it apply).
                enterprise.SubmitForVerification(licence.Id, "张经理", new ReviewActor(user.Id, name, RobotPlanRoles.Enterprise, null), now);
                enterprise.Verify(reviewerActors[i % districts.Count], now, "压力测试：营业执照与法定代表人已核验");
                var product = new Product(enterprise.Id, "六轴弧焊机器人", $"RUSH-{i:D5}", "IR-WELD", "压力测试用首台（套）产品");
                var report = new TestReport(product.Id, enterprise.Id, testingBody, $"RUSH-{i:D5}", "合格", today.AddDays(-30),
                    today.AddYears(2), reportFile.Id);
                chunk.AddRange(enterprise, user, new IdentityUserRole<Guid> { UserId = user.Id, RoleId = enterpriseRole }, product, report);
                enterpriseLines.Add($"{userName},{product.Id}");
            }
            chunk.ChangeTracker.DetectChanges();
            await chunk.SaveChangesAsync();
        }
        await using (var stats = database.CreateContext())
            await stats.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.PostgreSql ? "VACUUM ANALYZE" : "ANALYZE");
        Directory.CreateDirectory(output);
        await File.WriteAllLinesAsync(Path.Combine(output, "enterprises.csv"), enterpriseLines);
        await File.WriteAllLinesAsync(Path.Combine(output, "reviewers.csv"), reviewerLines);
        await File.WriteAllTextAsync(Path.Combine(output, "batch.txt"), batch.Id.ToString());
        Console.WriteLine($"{count:N0} verified enterprises (user, product, Valid test report), {districts.Count} district reviewers, "
            + $"batch {batch.Id} open until {closesAt:HH:mm:ss} UTC; {clock.Elapsed.TotalSeconds:F1} s in all");
        return 0;
    }

    private static async Task<StoredFile> SavePdfAsync(FileStore store, string text)
    {
        var bytes = MinimalPdf.Create(text);
        return await store.SaveAsync(new FileUpload(new MemoryStream(bytes), text + ".pdf", bytes.Length), null, pdfOnly: true, CancellationToken.None);
    }

    /// <summary>A valid USCC of the district: "R" and index i in base 31 as the organization code (unlike the listings' enterprises).</summary>
    private static string UsccFor(string divisionCode, int i)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var organization = new char[8];
        for (var k = 7; k >= 0; k--, i /= alphabet.Length) organization[k] = alphabet[i % alphabet.Length];
        return Uscc.WithCheckCharacter("91" + divisionCode + "R" + new string(organization));
    }

    private static string Base32(byte[] bytes)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var text = new System.Text.StringBuilder();
        for (var bit = 0; bit + 5 <= bytes.Length * 8; bit += 5)
        {
            var value = 0;
            for (var b = 0; b < 5; b++) value = (value << 1) | ((bytes[(bit + b) / 8] >> (7 - (bit + b) % 8)) & 1);
            text.Append(alphabet[value]);
        }
        return text.ToString();
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
