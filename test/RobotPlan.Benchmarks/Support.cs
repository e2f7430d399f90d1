using System.Diagnostics;
using RobotPlan.SeedWork;

namespace RobotPlan.Benchmarks;

/// <summary>Search is anonymous; nobody is signed in.</summary>
internal sealed class NoUser : ICurrentUser
{
    public bool IsAuthenticated => false;
    public Guid? Id => null;
    public string? UserName => null;
    public IReadOnlyList<string> Roles => [];
    public Guid? EnterpriseId => null;
    public Guid? JurisdictionId => null;
    public Guid? TestingBodyId => null;
    public bool HasPermission(string permission) => false;
    public bool IsInRole(string role) => false;
}

/// <summary>Discards what the export writes, noting when the first byte arrived (P-5's "first byte").</summary>
internal sealed class TimingStream : Stream
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _length;

    public TimeSpan FirstByte { get; private set; }
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (_length == 0 && count > 0) FirstByte = _clock.Elapsed;
        _length += count;
    }

    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
