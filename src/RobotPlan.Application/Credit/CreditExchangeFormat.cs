using MiniExcelLibs;

namespace RobotPlan.Credit;

/// <summary>
/// The credit information sharing platform's (信用信息共享平台) list layout, read and written alike (etc/docs/credit-exchange.md):
/// one header row with these Chinese column names, one record per row, dates yyyy-MM-dd.
/// </summary>
public static class CreditExchangeColumns
{
    public const string SubjectKind = "主体类型";
    public const string SubjectName = "主体名称";
    public const string Uscc = "统一社会信用代码";
    public const string ProductModel = "产品型号";
    public const string Kind = "信用类别";
    public const string Reason = "事由";
    public const string DocumentNumber = "决定文书号";
    public const string DocumentDate = "决定日期";
    public const string EffectiveFrom = "生效日期";
    public const string EffectiveTo = "截止日期";

    public static readonly string[] All = [SubjectKind, SubjectName, Uscc, ProductModel, Kind, Reason, DocumentNumber, DocumentDate, EffectiveFrom, EffectiveTo];

    public static readonly IReadOnlyDictionary<CreditSubjectKind, string> SubjectKindNames = new Dictionary<CreditSubjectKind, string>
    {
        [CreditSubjectKind.Enterprise] = "企业", [CreditSubjectKind.Product] = "产品",
        [CreditSubjectKind.TestingBody] = "检测机构", [CreditSubjectKind.CertificationBody] = "认证机构",
    };

    public static readonly IReadOnlyDictionary<CreditRecordKind, string> KindNames = new Dictionary<CreditRecordKind, string>
    {
        [CreditRecordKind.Commendation] = "守信表彰", [CreditRecordKind.Warning] = "警示", [CreditRecordKind.SeriousDishonesty] = "严重失信",
    };

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>One row as the platform sent it: raw texts by column name, and its row number in the file (header = 1).</summary>
public sealed record CreditExchangeRow(int RowNumber, IReadOnlyDictionary<string, string?> Values)
{
    public string? this[string column] => Values.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}

/// <summary>
/// Where the platform's dishonesty list comes from. Today an uploaded file (<see cref="FileCreditFeed"/>); a live feed from
/// the platform's interface implements the same contract and is imported by the same <see cref="CreditImporter"/>.
/// </summary>
public interface ICreditFeed
{
    IAsyncEnumerable<CreditExchangeRow> ReadAsync(CancellationToken ct = default);
}

/// <summary>An .xlsx or .csv file in the exchange layout.</summary>
public sealed class FileCreditFeed(Stream content, CreditExchangeFormat format) : ICreditFeed
{
    public async IAsyncEnumerable<CreditExchangeRow> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var rows = await content.QueryAsync(useHeaderRow: true, excelType: format == CreditExchangeFormat.Csv ? ExcelType.CSV : ExcelType.XLSX,
            cancellationToken: ct);
        var number = 1;
        foreach (IDictionary<string, object?> row in rows)
        {
            number++;
            var values = row.ToDictionary(kv => kv.Key.Trim(), kv => Text(kv.Value), StringComparer.Ordinal);
            if (values.Values.All(string.IsNullOrWhiteSpace)) continue;
            yield return new CreditExchangeRow(number, values);
        }
    }

    // Excel keeps dates as dates; the layout's text form is yyyy-MM-dd.
    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public static CreditExchangeFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".xlsx" => CreditExchangeFormat.Xlsx,
        ".csv" => CreditExchangeFormat.Csv,
        _ => null,
    };
}

/// <summary>Writes records in the exchange layout (the export the platform reads back).</summary>
public static class CreditExchangeWriter
{
    public static async Task WriteAsync(IAsyncEnumerable<CreditRecord> records, CreditExchangeFormat format, Stream output, CancellationToken ct)
    {
        var rows = new List<Dictionary<string, object?>>();
        await foreach (var r in records.WithCancellation(ct)) rows.Add(Row(r));
        if (rows.Count == 0) rows.Add(CreditExchangeColumns.All.ToDictionary(c => c, _ => (object?)null));
        await output.SaveAsAsync(rows, printHeader: true, sheetName: "信用记录",
            excelType: format == CreditExchangeFormat.Csv ? ExcelType.CSV : ExcelType.XLSX, cancellationToken: ct);
    }

    private static Dictionary<string, object?> Row(CreditRecord r) => new()
    {
        [CreditExchangeColumns.SubjectKind] = CreditExchangeColumns.SubjectKindNames[r.SubjectKind],
        [CreditExchangeColumns.SubjectName] = r.SubjectName,
        [CreditExchangeColumns.Uscc] = r.SubjectUscc,
        [CreditExchangeColumns.ProductModel] = r.SubjectKind == CreditSubjectKind.Product ? ModelOf(r.SubjectName) : null,
        [CreditExchangeColumns.Kind] = CreditExchangeColumns.KindNames[r.Kind],
        [CreditExchangeColumns.Reason] = r.Reason,
        [CreditExchangeColumns.DocumentNumber] = r.DocumentNumber,
        [CreditExchangeColumns.DocumentDate] = CreditExchangeColumns.Date(r.DocumentDate),
        [CreditExchangeColumns.EffectiveFrom] = CreditExchangeColumns.Date(r.EffectiveFrom),
        [CreditExchangeColumns.EffectiveTo] = CreditExchangeColumns.Date(r.EffectiveTo),
    };

    // A product's subject name is "name model" (CreditManager); the model is the last word.
    private static string ModelOf(string subjectName) => subjectName.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
}
