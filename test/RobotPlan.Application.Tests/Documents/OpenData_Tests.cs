using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogListings;
using RobotPlan.Documents;

namespace RobotPlan.Application.Tests.Documents;

/// <summary>Issue 17 §5: the catalogs as CSV and JSON, with a stamp that moves exactly when the data does.</summary>
public sealed class OpenData_Tests(DocumentsFixture fixture) : IClassFixture<DocumentsFixture>
{
    private Task<string> WriteAsync(OpenDataSet set, bool csv) => fixture.WithScopeAsync(async sp =>
    {
        var service = sp.GetRequiredService<IOpenDataAppService>();
        using var output = new MemoryStream();
        if (csv) await service.WriteCsvAsync(set, output);
        else await service.WriteJsonAsync(set, output);
        return Encoding.UTF8.GetString(output.ToArray());
    });

    private Task<OpenDataStampDto> StampAsync(OpenDataSet set) => fixture.WithScopeAsync(sp => sp.GetRequiredService<IOpenDataAppService>().GetStampAsync(set));

    [Fact]
    public async Task Should_Write_Every_Listing_In_Force_Today_As_Csv_With_The_Documented_Header()
    {
        var inForce = await fixture.WithDbAsync(db => db.Set<CatalogListing>().Where(l => l.Status == CatalogListingStatus.Active)
            .Select(l => new { l.Number, l.ValidFrom, l.ValidTo }).ToListAsync());
        var expected = inForce.Where(l => l.ValidFrom <= fixture.Today && fixture.Today < l.ValidTo).Select(l => l.Number).Order().ToList();

        var csv = await WriteAsync(OpenDataSet.ActiveToday, csv: true);

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe(string.Join(',', OpenDataAppService.Fields));
        lines.Skip(1).Select(l => l.Split(',')[0]).Order().ShouldBe(expected);
        expected.Count.ShouldBeGreaterThan(0);
        (await StampAsync(OpenDataSet.ActiveToday)).Count.ShouldBe(expected.Count);
    }

    [Fact]
    public async Task Should_Write_A_Catalog_Year_As_Json_With_Each_Listings_State()
    {
        var year = fixture.Today.Year - 1;
        var json = await WriteAsync(new OpenDataSet(CatalogKind.KeyProcurement, year), csv: false);

        using var document = JsonDocument.Parse(json);
        var items = document.RootElement.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(await fixture.WithDbAsync(db => db.Set<CatalogListing>().CountAsync(l => l.Catalog == CatalogKind.KeyProcurement && l.Year == year)));
        items.ShouldAllBe(i => i.GetProperty("catalog").GetString() == "KeyProcurement" && i.GetProperty("year").GetInt32() == year);
        items[0].EnumerateObject().Select(p => p.Name).ShouldBe(OpenDataAppService.Fields);
        items[0].GetProperty("uscc").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Should_Change_The_Stamp_When_A_Listing_Of_The_Set_Changes_And_Keep_It_Otherwise()
    {
        var year = fixture.Today.Year;
        var set = new OpenDataSet(CatalogKind.FirstUnit, year);
        var before = await StampAsync(set);
        (await StampAsync(set)).ShouldBe(before);

        await ListingTestPublisher.PublishAsync(fixture.Services, "LY-W6", CatalogKind.FirstUnit, fixture.Today);

        var after = await StampAsync(set);
        after.ETag.ShouldNotBe(before.ETag);
        after.Count.ShouldBe(before.Count + 1);
        (await StampAsync(new OpenDataSet(CatalogKind.KeyProcurement, year - 5))).Count.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Quote_Fields_That_Hold_Commas_Or_Quotes()
    {
        var csv = await WriteAsync(new OpenDataSet(CatalogKind.FirstUnit, fixture.Today.Year - 1), csv: true);
        // Every data line has exactly as many fields as the header once quoted fields are read as one.
        foreach (var line in csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1))
            CountFields(line).ShouldBe(OpenDataAppService.Fields.Length);
    }

    private static int CountFields(string line)
    {
        int count = 1;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) count++;
        }
        return count;
    }
}
