import * as vscode from 'vscode';
import type { ClaimInfo, ClaimsResult, ClaimStatus, SourceSentenceInfo } from '../../server/src/protocol';


type Node = { kind: 'group'; status: ClaimStatus; claims: ClaimInfo[] } | { kind: 'claim'; claim: ClaimInfo; uri: vscode.Uri } | { kind: 'evidence'; sentence: SourceSentenceInfo };

const ORDER: ClaimStatus[] = ['contradicted', 'unsourced', 'supported'];
const GROUP_LABEL: Record<ClaimStatus, () => string> = {
  contradicted: () => vscode.l10n.t('Contradicted'),
  unsourced: () => vscode.l10n.t('Unsourced'),
  supported: () => vscode.l10n.t('Supported'),
};
const ICON: Record<ClaimStatus, vscode.ThemeIcon> = {
  contradicted: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  unsourced: new vscode.ThemeIcon('question', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  supported: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
};

/** The active draft's claims in the Explorer, grouped by status; a claim reveals its sentence, a source sentence opens the article. */
export class ClaimsView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private result: ClaimsResult | undefined;
  private uri: vscode.Uri | undefined;

  show(uri: vscode.Uri | undefined, result: ClaimsResult | undefined): void {
    this.uri = uri;
    this.result = result;
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (!this.result || !this.uri) return [];
    if (!node) return ORDER.map((status) => ({ kind: 'group', status, claims: this.result!.claims.filter((c) => c.status === status) }));
    if (node.kind === 'group') return node.claims.map((claim) => ({ kind: 'claim', claim, uri: this.uri! }));
    if (node.kind === 'claim') return node.claim.evidence.map((sentence) => ({ kind: 'evidence', sentence }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      // Collapsed: the three counts are visible at a glance, whatever the size of the pane.
      const item = new vscode.TreeItem(GROUP_LABEL[node.status](), node.claims.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.description = String(node.claims.length);
      item.iconPath = ICON[node.status];
      item.id = `group:${node.status}`;
      return item;
    }
    if (node.kind === 'claim') {
      const item = new vscode.TreeItem(node.claim.text, node.claim.evidence.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.iconPath = ICON[node.claim.status];
      item.tooltip = `${GROUP_LABEL[node.claim.status]()}: ${node.claim.text}`;
      item.command = { command: 'newsproof.revealRange', title: vscode.l10n.t('Reveal'), arguments: [node.uri.toString(), node.claim.range] };
      return item;
    }
    const item = new vscode.TreeItem(node.sentence.text, vscode.TreeItemCollapsibleState.None);
    item.description = node.sentence.title;
    item.iconPath = new vscode.ThemeIcon('quote');
    item.command = { command: 'newsproof.revealRange', title: vscode.l10n.t('Open source'), arguments: [node.sentence.uri, node.sentence.range] };
    return item;
  }
}


