using System.Diagnostics;
using System.Data.Common;
using System.Globalization;
using Bogus;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RobotPlan.CatalogListings;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.Enterprises;
using RobotPlan.Products;
using RobotPlan.ListingSearch;

namespace RobotPlan.Benchmarks;

/// <summary>
/// N realistic listings through the aggregate's own constructor and methods (EF inserts), and their search terms through
/// the same <see cref="SearchTerms.ForIndex"/> the app uses, bulk-loaded (SQLite: one prepared INSERT in key order; PostgreSQL: one term-array row per listing).
/// Enterprises and products exist only as the listings' snapshots: search never reads their tables.
/// </summary>
public static class ListingGenerator
{
    private static readonly (string Code, string[] Names)[] Kinds =
    [
        ("IR-WELD", ["弧焊焊接机器人工作站", "点焊机器人", "激光焊接机器人", "焊接机器人"]),
        ("IR-GRIND", ["打磨抛光机器人", "去毛刺打磨工作站"]),
        ("IR-PAINT", ["喷涂机器人", "防爆喷涂机器人"]),
        ("IR-ASSEMBLY", ["精密装配机器人", "汽车总装机器人"]),
        ("IR-COBOT", ["协作机器人", "人机协作机器人", "复合协作机器人"]),
        ("IR-AGV", ["潜伏式AGV", "激光导航叉车AGV"]),
        ("IR-PALLET", ["码垛机器人", "桁架码垛机器人"]),
        ("IR-SORT", ["视觉分拣机器人", "快递分拣机器人"]),
        ("SR-REHAB", ["上肢康复机器人", "下肢康复训练机器人"]),
        ("SR-EDU", ["教育编程机器人"]),
        ("KP-REDUCER", ["RV减速器", "谐波减速器", "精密行星减速器"]),
        ("KP-CONTROLLER", ["机器人运动控制器", "多轴控制器"]),
        ("KP-DRIVE", ["伺服驱动器", "伺服电机"]),
    ];

    private static readonly string[] Qualifiers = ["六轴", "四轴", "七轴", "重载", "高速", "轻型", "大负载", "双臂", "智能", "精密", ""];
    private static readonly string[] Industries = ["汽车零部件", "摩托车", "电子信息", "化工", "食品饮料", "医药", "物流仓储", "家电", "五金"];
    private static readonly string[] Trades = ["智能装备", "机器人", "精密传动", "自动化", "智能制造", "机电", "科技"];

    /// <summary>Key specifications per category (or its prefix): (name, unit, low, high, decimals).</summary>
    private static readonly Dictionary<string, (string Name, string? Unit, double Low, double High, int Decimals)[]> Specs = new()
    {
        ["IR"] = [("负载", "kg", 3, 500, 0), ("重复定位精度", "mm", 0.01, 0.1, 2), ("轴数", null, 4, 7, 0), ("工作半径", "mm", 500, 3200, 0)],
        ["SR"] = [("整机重量", "kg", 5, 120, 0), ("续航时间", "h", 2, 12, 1), ("防护等级", null, 54, 67, 0)],
        ["KP-REDUCER"] = [("额定扭矩", "N·m", 10, 7000, 0), ("减速比", null, 30, 200, 0), ("背隙", "arcmin", 0.5, 3, 1)],
        ["KP-CONTROLLER"] = [("控制轴数", null, 4, 32, 0), ("插补周期", "ms", 0.5, 4, 1)],
        ["KP-DRIVE"] = [("额定功率", "kW", 0.1, 15, 1), ("额定转速", "rpm", 1000, 6000, 0)],
    };

    /// <summary>
    /// N listings, each with its own product (name, model, category, description, key specifications), of N/10 enterprises
    /// (valid Chongqing USCCs, addresses in their district, contacts): real Enterprise and Product rows, so pages that
    /// join them (enterprise lists, product pages, exports) can be measured on the same data.
    /// </summary>
    public static async Task FillAsync(RobotPlanDatabase database, int count, IReadOnlyList<(Guid Id, string Name)> jurisdictions, DateOnly today)
    {
        Randomizer.Seed = new Random(20260302);
        var faker = new Faker("zh_CN");
        // Enterprise and product details come from their own stream, so the listings (and the search figures) stay the
        // same as before these rows existed.
        var details = new Faker("zh_CN") { Random = new Randomizer(7) };
        var registered = new List<Enterprise>();
        foreach (var i in Enumerable.Range(0, Math.Max(10, count / 10)))
        {
            var name = $"重庆{faker.Name.LastName()}{faker.Name.FirstName()}{faker.PickRandom(Trades)}有限公司";
            var (jurisdiction, district) = jurisdictions[faker.Random.Int(0, jurisdictions.Count - 1)];
            registered.Add(new Enterprise(UsccFor(i), name, $"重庆市{district}{details.Address.StreetName()}{details.Random.Int(1, 999)}号",
                jurisdiction, new ContactInfo(details.Name.FullName(), "1" + details.Random.ReplaceNumbers("##########"),
                    $"contact{i}@example.cn"), crossRegionException: false));
        }
        foreach (var part in registered.Chunk(5000))
        {
            await using var db = database.CreateContext(new RobotPlan.EntityFrameworkCore.HistoryChains.HashChainInterceptor());
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.AddRange(part);
            await db.SaveChangesAsync();
        }
        var enterprises = registered.Select(e => (e.Id, Name: e.LegalName, Jurisdiction: e.JurisdictionId)).ToList();
        var models = new HashSet<(Guid, string)>();
        var sequences = new Dictionary<(CatalogKind, int), int>();
        var active = new List<CatalogListing>();
        const int chunk = 2000;
        for (var start = 0; start < count; start += chunk)
        {
            await using var db = database.CreateContext(new RobotPlan.EntityFrameworkCore.HistoryChains.HashChainInterceptor());
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var listings = new List<CatalogListing>();
            for (var i = start; i < Math.Min(count, start + chunk); i++)
            {
                var (code, names) = faker.PickRandom(Kinds);
                var enterprise = faker.PickRandom(enterprises);
                var catalog = faker.Random.Bool(0.4f) ? CatalogKind.FirstUnit : CatalogKind.KeyProcurement;
                var published = today.AddDays(-faker.Random.Int(0, 3 * 365 + 30));
                var key = (catalog, published.Year);
                var sequence = sequences[key] = sequences.GetValueOrDefault(key) + 1;
                var name = faker.PickRandom(Qualifiers) + faker.PickRandom(names);
                var model = $"{faker.Random.String2(2, "ABCDEFGHJKLMNPQRSTUVWXYZ")}-{faker.Random.Int(3, 800)}{faker.Random.String2(1, "ABCEHLMPSW")}";
                var description = $"{name}，负载{faker.Random.Int(3, 500)}kg，重复定位精度±0.0{faker.Random.Int(1, 9)}mm，适用于{faker.PickRandom(Industries)}行业。";
                while (!models.Add((enterprise.Id, model))) model += details.Random.String2(1, "ABCEHLMPSW");
                var product = new Product(enterprise.Id, name, model, code, description);
                product.ReplaceSpecifications((Specs.GetValueOrDefault(code) ?? Specs[code[..2]]).Select(x => new ProductSpecification(x.Name,
                    Math.Round(details.Random.Double(x.Low, x.High), x.Decimals).ToString(CultureInfo.InvariantCulture), x.Unit)));
                db.Add(product);
                var listing = new CatalogListing(catalog, sequence, product.Id, enterprise.Id, Guid.CreateVersion7(),
                    new CatalogListingSnapshot(name, model, code, enterprise.Name, enterprise.Jurisdiction, description),
                    [Guid.CreateVersion7()], published, 3, null, DateTime.UtcNow);
                var roll = faker.Random.Double();
                var doc = new StatusDocument("基准数据", "渝经信函〔2025〕1号", published);
                if (roll < 0.04) listing.Suspend(doc, null, DateTime.UtcNow);
                else if (roll < 0.06) listing.Revoke(doc, null, DateTime.UtcNow);
                listing.ExpireIfDue(today, DateTime.UtcNow);
                listing.ClearDomainEvents();
                listings.Add(listing);
            }
            db.AddRange(listings);
            // SQLite's confirming texts (PostgreSQL's documents carry their own).
            if (db.Model.FindEntityType(typeof(ActiveListingText)) is not null)
                db.AddRange(listings.Where(l => l.Status == CatalogListingStatus.Active).Select(l => new ActiveListingText(l)));
            await db.SaveChangesAsync();
            active.AddRange(listings.Where(l => l.Status == CatalogListingStatus.Active));
        }
        await using (var db = database.CreateContext())
            await WriteTermsAsync(db, active);
        await using var counters = database.CreateContext();
        foreach (var ((catalog, year), last) in sequences)
            await counters.Database.ExecuteSqlAsync($"""
                INSERT INTO "CatalogListingCounters" ("Catalog", "Year", "LastSequence") VALUES ({(int)catalog}, {year}, {last})
                ON CONFLICT ("Catalog", "Year") DO UPDATE SET "LastSequence" = {last}
                """);
    }

    /// <summary>A valid, unique USCC registered in Chongqing (division 500112, 渝北区): index i in base 31.</summary>
    private static string UsccFor(int i)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var organization = new char[9];
        for (var k = 8; k >= 0; k--, i /= alphabet.Length) organization[k] = alphabet[i % alphabet.Length];
        return Uscc.WithCheckCharacter("91500112" + new string(organization));
    }

    /// <summary>How much of the fill went into the term rows (computing, sorting and writing them).</summary>
    public static TimeSpan TermRowsTime => TermRowsClock.Elapsed;

    private static readonly Stopwatch TermRowsClock = new();

    private static async Task WriteTermsAsync(RobotPlanDbContext db, List<CatalogListing> listings)
    {
        TermRowsClock.Start();
        try
        {
            await WriteTermRowsAsync(db, listings);
        }
        finally
        {
            TermRowsClock.Stop();
        }
    }

    private static async Task WriteTermRowsAsync(RobotPlanDbContext db, List<CatalogListing> listings)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        // P-8's fill: every listing's rows in one pass in the key's order (term, newest first, number), after the
        // listings: each B-tree page is written once, in order, instead of every chunk revisiting pages all over a tree
        // larger than the page cache (2,000 listings a chunk: 1,929 of 2,679 s at 100,000). The listings are put in
        // (newest first, number) order once, so each term's list of listings is built already in order.
        if (connection is NpgsqlConnection)
        {
            // PostgreSQL keeps one row per listing with its term array (ADR 0006): written like any entity, in chunks.
            foreach (var chunk in listings.Chunk(2_000))
            {
                db.AddRange(chunk.Select(l => new ListingSearchDocument(l)));
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
            return;
        }
        var ordered = listings.OrderByDescending(l => l.ValidFrom).ThenBy(l => l.Number, StringComparer.Ordinal).ToList();
        var byTerm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            foreach (var term in SearchTerms.ForIndexRows(ordered[i].SearchText))
                (byTerm.TryGetValue(term, out var of) ? of : byTerm[term] = []).Add(i);
        }
        var rows = byTerm.OrderBy(t => t.Key, StringComparer.Ordinal)
            .SelectMany(t => t.Value.Select(i => (Term: t.Key, Listing: ordered[i])));
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO "ListingSearchTerms" ("Term", "ValidFrom", "Number", "ValidTo", "Catalog", "CategoryCode", "JurisdictionId")
            VALUES ($t, $f, $n, $u, $c, $k, $j)
            """;
        var p = new[] { "$t", "$f", "$n", "$u", "$c", "$k", "$j" }.Select(n => AddParameter(insert, n)).ToArray();
        foreach (var (term, listing) in rows)
        {
            // The forms the model's value converters store: day numbers, the jurisdiction's 16 bytes.
            object[] columns = [term, listing.ValidFrom.DayNumber, listing.Number, listing.ValidTo.DayNumber, (int)listing.Catalog,
                listing.CategoryCode, listing.JurisdictionId.ToByteArray()];
            for (var i = 0; i < columns.Length; i++) p[i].Value = columns[i];
            await insert.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    private static DbParameter AddParameter(DbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        command.Parameters.Add(p);
        return p;
    }
}
