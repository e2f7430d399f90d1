// Draws each dashboard chart with ECharts from the page's JSON block (the same numbers as the table under it).
// Canvas renderer and rich-text tooltips: no style attributes in markup, so the strict CSP (style-src 'self') holds.
(function () {
    const data = document.getElementById('dashboard-data');
    if (!data || !window.echarts) return;
    const charts = JSON.parse(data.textContent);

    function option(chart) {
        const labels = chart.rows.map(r => r.label);
        if (chart.kind === 'pie') {
            return {
                tooltip: { trigger: 'item', renderMode: 'richText' }, legend: { bottom: 0 },
                series: [{ type: 'pie', radius: ['35%', '65%'], data: chart.rows.map(r => ({ name: r.label, value: r.values[0] })) }],
            };
        }
        if (chart.kind === 'funnel') {
            return {
                tooltip: { trigger: 'item', renderMode: 'richText' },
                series: [{ type: 'funnel', sort: 'none', left: '5%', width: '60%', label: { formatter: '{b}: {c}' },
                    data: chart.rows.map(r => ({ name: r.label, value: r.values[0] })) }],
            };
        }
        // Bars: one series per value column (the processing-time chart shows only the median; the samples are in the table).
        const columns = chart.key === 'processing-time' ? chart.columns.slice(0, 1) : chart.columns;
        return {
            tooltip: { trigger: 'axis', renderMode: 'richText' }, legend: columns.length > 1 ? { top: 0 } : undefined,
            grid: { left: 8, right: 8, bottom: 8, top: columns.length > 1 ? 32 : 16, containLabel: true },
            xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 4 ? 30 : 0 } },
            yAxis: { type: 'value' },
            series: columns.map((name, i) => ({ type: 'bar', name, data: chart.rows.map(r => r.values[i]) })),
        };
    }

    const drawn = [];
    for (const chart of charts) {
        const el = document.querySelector(`[data-chart="${chart.key}"]`);
        if (!el) continue;
        const instance = echarts.init(el, null, { renderer: 'canvas' });
        instance.setOption(option(chart));
        drawn.push(instance);
    }
    window.addEventListener('resize', () => drawn.forEach(c => c.resize()));
})();
