extension AssessmentHTML {
    /// The page's whole stylesheet (inline: the page fetches nothing). System fonts only.
    static let style = """
        :root { --ink: #0f172a; --muted: #64748b; --line: #e2e8f0; --met: \(EvidencePalette.met); --open: \(EvidencePalette.open); --failed: \(EvidencePalette.failed); }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1440px; padding: 24px 28px 48px; color: var(--ink);
               font: 14px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; background: #fff; }
        header h1 { margin: 0 0 2px; font-size: 24px; }
        .sub { margin: 0 0 18px; color: var(--muted); }
        h2 { font-size: 18px; margin: 22px 0 8px; }
        h3 { font-size: 14px; margin: 12px 0 4px; color: #334155; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--line); }
        thead th { background: #f8fafc; font-weight: 600; }
        .summary { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
        .summary h2 { margin-top: 0; }
        .facts th { width: 130px; color: var(--muted); font-weight: 500; }
        .tests ul { margin: 0; padding-left: 20px; }
        .verdict { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #1e293b;
                   border: 1px solid rgba(15, 23, 42, .15); vertical-align: middle; }
        .option { border-top: 2px solid var(--line); margin-top: 26px; padding-top: 4px; }
        .option h2 { font-size: 20px; }
        .why ul { margin: 0; padding-left: 20px; }
        .why li { margin: 2px 0; }
        .cautions li { color: #9a3412; }
        .cites { color: var(--muted); font-size: 12px; }
        .cites a { color: #0369a1; text-decoration: none; }
        .cites a:hover { text-decoration: underline; }
        .stance.endorsed { color: var(--met); font-weight: 600; }
        .stance.not-endorsed { color: var(--failed); font-weight: 600; }
        .stance.endorsed-not-for-this-patient { color: var(--open); font-weight: 600; }
        figure { margin: 14px 0; }
        figcaption { font-weight: 600; color: #334155; margin-bottom: 6px; }
        .scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; padding: 8px; background: #fcfcfd; }
        .drawing svg { display: block; }
        .drawing svg a:hover polygon, .drawing svg a:hover path { stroke-width: 2.5; }
        .forest svg { display: block; }
        footer { margin-top: 30px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
        .key { padding: 0 5px; border-radius: 3px; border: 1px solid var(--line); }
        .key.patient { background: \(EvidencePalette.patient); } .key.requirement { background: \(EvidencePalette.requirement); }
        .key.recommendation { background: \(EvidencePalette.recommendation); } .key.trial { background: \(EvidencePalette.trial); }
        .key.caution { background: \(EvidencePalette.caution); } .key.contraindication { background: \(EvidencePalette.contraindication); }
        .met { color: var(--met); } .open { color: var(--open); } .failed { color: var(--failed); }
        @media (max-width: 800px) { .summary { grid-template-columns: 1fr; } }

        """
}
