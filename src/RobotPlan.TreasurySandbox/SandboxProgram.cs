using Microsoft.AspNetCore.Builder;

namespace RobotPlan.TreasurySandbox;

/// <summary>
/// Standalone: <c>dotnet run --project src/RobotPlan.TreasurySandbox -- --urls http://127.0.0.1:5090</c>.
/// Fault knobs from configuration (TreasurySandbox:Faults:LatencyMs=20, …) or PUT /_sandbox/faults.
/// </summary>
public static class SandboxProgram
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddTreasurySandbox(builder.Configuration);
        var app = builder.Build();
        app.MapTreasurySandbox();
        await app.RunAsync();
    }
}
