namespace RobotPlan.EntityFrameworkCore;

internal static class QueryablePagingExtensions
{
    /// <summary>
    /// Sorts by one of the allowed fields ("name" or "name desc"; anything else falls back to the default),
    /// then returns the total and one page.
    /// </summary>
    public static async Task<(int TotalCount, List<T> Items)> ToPageAsync<T>(this IQueryable<T> query,
        string? sorting, IReadOnlyDictionary<string, Expression<Func<T, object?>>> sortFields,
        Expression<Func<T, object?>> defaultSort, int skipCount, int maxResultCount, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var parts = (sorting ?? "").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var key = parts.Length > 0 && sortFields.TryGetValue(parts[0], out var field) ? field : defaultSort;
        var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        var ordered = descending ? query.OrderByDescending(key) : query.OrderBy(key);
        var items = await ordered.Skip(skipCount).Take(maxResultCount).ToListAsync(ct);
        return (total, items);
    }
}
