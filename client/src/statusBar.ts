import * as vscode from 'vscode';
import type { ClaimsResult } from '../../server/src/protocol';

/** The active draft's claim counts; a click opens the Claims view. */
export class ClaimsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsproof.claims', vscode.StatusBarAlignment.Left, 50);

  constructor(private readonly trusted: () => boolean) {
    this.item.name = vscode.l10n.t('Newsproof claims');
    this.item.command = 'newsproof.claims.focus';
  }

  show(result: ClaimsResult | undefined): void {
    if (!result) {
      this.item.hide();
      return;
    }
    const { contradicted, unsourced, supported } = result.counts;
    const restricted = this.trusted() ? '' : `$(shield) `;
    this.item.text = `${restricted}$(checklist) ✗ ${contradicted}  ? ${unsourced}  ✓ ${supported}`;
    let label = vscode.l10n.t('Newsproof claims in this draft: {0} contradicted, {1} unsourced, {2} supported', contradicted, unsourced, supported);
    if (!this.trusted()) label += `. ${vscode.l10n.t('Restricted mode: only the bundled sources are used.')}`;
    this.item.tooltip = label;
    this.item.accessibilityInformation = { label };
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
