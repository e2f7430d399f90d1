// Hangfire keeps its storage in a process-wide static (JobStorage.Current): two hosts alive at once in one test
// process would share, and one's disposal would break the other's dashboard and health check. Web test classes
// therefore run one after another; each still gets its own host and database.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
