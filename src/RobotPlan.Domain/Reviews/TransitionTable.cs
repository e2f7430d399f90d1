using RobotPlan.SeedWork;

namespace RobotPlan.Reviews;

/// <summary>One legal move of a reviewed file: the state it leads to and the role that may take it.</summary>
public sealed record Transition<TStatus>(TStatus To, string Who) where TStatus : struct, Enum;

/// <summary>
/// A reviewed file's state machine as data: (state, act) → (next state, who may act). The aggregate guards its moves
/// with <see cref="Ensure"/>, the app services read who acts at a step and which acts a caller is offered, so the legal
/// moves are written down once. Every act leads to one state, whatever state it starts from.
/// </summary>
public sealed class TransitionTable<TStatus, TAct>(string illegalTransitionCode) where TStatus : struct, Enum where TAct : struct, Enum
{
    private readonly Dictionary<(TStatus From, TAct Act), Transition<TStatus>> _rows = [];
    private readonly Dictionary<TAct, TStatus> _targets = [];

    /// <summary>Adds the rows "<paramref name="who"/> may <paramref name="act"/> from each of <paramref name="from"/>, to <paramref name="to"/>".</summary>
    public TransitionTable<TStatus, TAct> Allow(TAct act, TStatus to, string who, params TStatus[] from)
    {
        if (_targets.TryGetValue(act, out var target) && !target.Equals(to))
            throw new ArgumentException($"{act} already leads to {target}.", nameof(to));
        _targets[act] = to;
        foreach (var state in from) _rows.Add((state, act), new Transition<TStatus>(to, who));
        return this;
    }

    /// <summary>The move <paramref name="act"/> makes from <paramref name="from"/>, or null where the table has no row.</summary>
    public Transition<TStatus>? Find(TStatus from, TAct act) => _rows.GetValueOrDefault((from, act));

    /// <summary>The next state; a move the table lacks throws the file's illegal-transition code with (current, wanted).</summary>
    public TStatus Ensure(TStatus from, TAct act) =>
        Find(from, act)?.To ?? throw new BusinessException(illegalTransitionCode, null, from, _targets[act]);

    /// <summary>Every row, for tests and documentation.</summary>
    public IEnumerable<(TStatus From, TAct Act, Transition<TStatus> Move)> Rows => _rows.Select(r => (r.Key.From, r.Key.Act, r.Value));
}
