using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RobotPlan.TreasurySandbox;

/// <summary>The contract of etc/docs/treasury-gateway.md, plus /_sandbox admin endpoints for the fault knobs.</summary>
public static class SandboxEndpoints
{
    public const string KeyHeader = "Idempotency-Key";

    public static IServiceCollection AddTreasurySandbox(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var state = new SandboxState(sp.GetRequiredService<TimeProvider>());
            var faults = configuration?.GetSection("TreasurySandbox:Faults").Get<SandboxFaults>();
            if (faults is not null) state.Faults = faults;
            return state;
        });
        return services;
    }

    /// <summary>
    /// Maps the sandbox under <paramref name="prefix"/> ("" standalone, "/treasury-sandbox" inside the Web host);
    /// <paramref name="protectAdmin"/> adds the host's authorization to the /_sandbox knobs (reset, faults, records).
    /// </summary>
    public static RouteGroupBuilder MapTreasurySandbox(this IEndpointRouteBuilder app, string prefix = "",
        Action<RouteGroupBuilder>? protectAdmin = null)
    {
        var g = app.MapGroup(prefix);
        g.MapPost("/payments", PostPaymentAsync);
        g.MapGet("/payments/{key}", GetPaymentAsync);
        g.MapGet("/statements", GetStatementAsync);
        var admin = g.MapGroup("/_sandbox");
        admin.MapGet("/faults", (SandboxState s) => Results.Ok(s.Faults));
        admin.MapPut("/faults", (SandboxState s, SandboxFaults faults) => { s.Faults = faults; return Results.Ok(s.Faults); });
        admin.MapPost("/reset", (SandboxState s) => { s.Reset(); return Results.NoContent(); });
        admin.MapGet("/payments", (SandboxState s) => Results.Ok(s.All().Select(View)));
        admin.MapGet("/stats", (SandboxState s) => Results.Ok(new { s.PostCount, s.GetCount, s.RateLimitedCount }));
        protectAdmin?.Invoke(admin);
        return g;
    }

    private static async Task<IResult> PostPaymentAsync(HttpContext http, SandboxState state)
    {
        if (!state.TryEnterRateLimit()) return TooManyRequests(http);
        var faults = state.Faults;
        if (!http.Request.Headers.TryGetValue(KeyHeader, out var keyValues) || string.IsNullOrWhiteSpace(keyValues.ToString())
            || keyValues.ToString().Length > 64)
            return Problem(400, "missing_idempotency_key", "The Idempotency-Key header is required (1–64 characters).");
        var key = keyValues.ToString();
        PaymentInstruction? body;
        try { body = await http.Request.ReadFromJsonAsync<PaymentInstruction>(http.RequestAborted); }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or BadHttpRequestException) { body = null; }
        if (body is null || string.IsNullOrWhiteSpace(body.PayeeName) || string.IsNullOrWhiteSpace(body.BankName)
            || string.IsNullOrWhiteSpace(body.AccountNumber) || string.IsNullOrWhiteSpace(body.Reference)
            || body.Amount <= 0 || decimal.Round(body.Amount, 2) != body.Amount)
            return Problem(400, "invalid_body", "payeeName, bankName, accountNumber, reference and a positive amount in 元 (fen precision) are required.");

        var fault = state.DrawPostFault();
        if (fault == SandboxFault.Error)
            return Problem(faults.ErrorStatus, "injected_error", "Injected fault: nothing was done.");

        var (record, created) = state.Begin(key, body, Hash(body));
        if (!created)
        {
            await DelayAsync(faults.LatencyMs, http.RequestAborted);
            if (record.BodyHash != Hash(body))
                return Problem(409, "idempotency_key_reused", "This key was used with a different body.");
            if (record.State == "Processing")
                return Problem(409, "in_progress", "The original request with this key is still being processed.");
            return Results.Json(View(record), statusCode: 200);
        }

        // From here on the money moves whatever happens to the connection: a client timeout does not undo it.
        if (fault == SandboxFault.Timeout) await Task.Delay(faults.HangMs, CancellationToken.None);
        else await Task.Delay(faults.LatencyMs, CancellationToken.None);
        var done = state.Complete(record);
        if (fault == SandboxFault.LoseAnswer)
        {
            http.Abort();
            return Results.Empty;
        }
        return Results.Json(View(done), statusCode: done.State == "Settled" ? 201 : 422);
    }

    private static async Task<IResult> GetPaymentAsync(string key, HttpContext http, SandboxState state)
    {
        if (!state.TryEnterRateLimit()) return TooManyRequests(http);
        await DelayAsync(state.Faults.LatencyMs, http.RequestAborted);
        var record = state.Find(key);
        return record is null ? Problem(404, "not_found", "No payment with this key.") : Results.Json(View(record));
    }

    private static async Task<IResult> GetStatementAsync(string? date, HttpContext http, SandboxState state)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return Problem(400, "invalid_date", "date=yyyy-MM-dd is required.");
        await DelayAsync(state.Faults.LatencyMs, http.RequestAborted);
        return Results.Json(new { date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), entries = state.Statement(day).Select(View) });
    }

    private static object View(SandboxPayment p) => new
    {
        idempotencyKey = p.IdempotencyKey,
        state = p.State,
        payeeName = p.Body.PayeeName,
        bankName = p.Body.BankName,
        accountNumber = p.Body.AccountNumber,
        amount = p.Body.Amount,
        reference = p.Body.Reference,
        treasuryReference = p.TreasuryReference,
        reason = p.Reason,
        settledAt = p.SettledAtUtc,
        valueDate = p.ValueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static IResult TooManyRequests(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "1";
        return Problem(429, "rate_limited", "Too many requests; retry after the Retry-After seconds.");
    }

    private static IResult Problem(int status, string code, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: code, extensions: new Dictionary<string, object?> { ["code"] = code });

    private static Task DelayAsync(int ms, CancellationToken ct) => ms > 0 ? Task.Delay(ms, ct) : Task.CompletedTask;

    private static string Hash(PaymentInstruction b) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
        b.PayeeName, b.BankName, b.AccountNumber, b.Amount.ToString("0.00", CultureInfo.InvariantCulture), b.Reference))));
}
