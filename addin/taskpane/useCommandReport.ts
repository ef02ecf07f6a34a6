import { useEffect, useState } from 'react';
import { COMMAND_REPORT_KEY, takeCommandReport, type CommandReport } from '../commands/command-report';

/** The ribbon command's last report: one left before the pane opened, then each new one as it comes. */
export function useCommandReport(storage: Storage | undefined): CommandReport | null {
  const [report, setReport] = useState<CommandReport | null>(() => takeCommandReport(storage));
  useEffect(() => {
    // The storage event fires in other pages of the same origin: the command's hidden page writes.
    const onStorage = (e: StorageEvent) => {
      if (e.key === COMMAND_REPORT_KEY && e.newValue) setReport(takeCommandReport(storage));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [storage]);
  return report;
}
