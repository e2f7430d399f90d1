// Each test class starts its own Web host, one after another: Hangfire keeps its storage in a process-wide static and
// the host's bootstrap logger is frozen once per process (as in RobotPlan.Web.Tests).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
