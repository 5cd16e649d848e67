// A test-only extension page that mounts the issue-8 options parts as the options page will,
// so the e2e spec can drive the real components in a real browser before they are mounted there.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ask } from '../../../src/shared/pages-api';
import type { ManagedFlags } from '../../../src/shared/types';
import { ManagedNotice } from '../../../src/options/parts/managed-notice';
import { SyncSection } from '../../../src/options/parts/sync-section';
import { ResearchSection } from '../../../src/options/parts/research-section';

function Parts() {
  const [managed, setManaged] = useState<ManagedFlags | undefined>(undefined);
  useEffect(() => { void ask('page:settings-get', {}).then((s) => setManaged(s.managed ?? {})); }, []);
  return <>{managed && <ManagedNotice managed={managed} />}<SyncSection /><ResearchSection /></>;
}
render(<Parts />, document.getElementById('app')!);
