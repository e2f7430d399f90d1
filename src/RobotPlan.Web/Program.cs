using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddRobotPlan();
    var app = builder.Build();
    // P-4: the first DbContext builds EF Core's model (~1.5 s of a warm start). The pipeline is set up meanwhile —
    // nothing in it reads the database — and the host serves only once the database is migrated and seeded.
    var databaseReady = Task.Run(app.PrepareDatabaseAsync);
    app.UseRobotPlan();
    await databaseReady;
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "RobotPlan stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
