// A picture: one webview panel per kind (Network, Timeline), opened by its command, restored after a reload,
// fed its data as a message whenever the index changes while it is visible, and answering the actions its page
// asks for. The picture itself (what data, which actions) is a Picture; everything about the panel is here.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/index/corpusIndex';
import { type DataMessage, parseViewMessage, type RenderedMessage } from '../../core/pictures/pictureMessages';
import type { CorpusService } from '../corpusService';
import { pictureHtml, pictureRoots } from './pictureHtml';

/** What a picture shows and does; one is made for each panel opened, so it may keep the panel's settings. */
export interface Picture<Data> {
  /**
   * The data for this index: bounded work, however big the corpus (it runs on the extension host). A promise when
   * the work runs in steps between the host's other work; a newer refresh while it runs makes its answer unsent.
   */
  data(index: CorpusIndex): Data | Promise<Data>;
  /**
   * A request from the page, untrusted: the picture checks it and returns false when it is not one of its own
   * (then it is logged and ignored). After changing its settings it calls panel.refresh().
   */
  act(action: unknown, panel: PicturePanelHandle): boolean | Promise<boolean>;
}

/** What a Picture may ask of its panel. */
export interface PicturePanelHandle {
  /** Sends the data again (after the picture's settings changed). */
  refresh(): void;
}

export interface PictureKind<Data> {
  /** The webview panel's view type, also the key of its probe in the test API. */
  readonly viewType: string;
  /** The command that opens (or reveals) the panel. */
  readonly command: string;
  /** src/webview/<script>.ts */
  readonly script: string;
  /** The panel's title, localized. */
  title(): string;
  open(corpus: CorpusService): Picture<Data>;
}

/** For tests and other extensions: what a picture's page last got and drew, and a way to speak for the page. */
export interface PictureProbe {
  readonly isOpen: boolean;
  /** The last data message sent to the page. */
  readonly lastData: DataMessage<unknown> | undefined;
  /** The last `rendered` message from the page: proof that its script ran and drew. */
  readonly lastRendered: RenderedMessage | undefined;
  readonly onDidRender: vscode.Event<RenderedMessage>;
  /** Handles a message as if the page had sent it (a click), with the same checks. */
  receive(message: unknown): Promise<void>;
}

/** Coalesces index changes: a full build shows partial indexes and live edits come in bursts. */
const REFRESH_DELAY_MS = 150;

class PicturePanel<Data> implements PicturePanelHandle, vscode.Disposable {
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  lastData: DataMessage<unknown> | undefined;
  lastRendered: RenderedMessage | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly corpus: CorpusService,
    private readonly picture: Picture<Data>,
    private readonly rendered: vscode.EventEmitter<RenderedMessage>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    corpus.onDidChange(() => this.changed(), undefined, this.disposables);
    panel.webview.onDidReceiveMessage(
      (m: unknown) => this.receive(m).catch((e: unknown) => this.log.error(`${panel.viewType}: a message from the page failed: ${String(e)}`)),
      undefined,
      this.disposables,
    );
  }

  // A hidden panel's page is unloaded (no retainContextWhenHidden: a big picture's page would hold its memory);
  // shown again, it reloads and asks with `ready`, so only a visible page is sent the new index.
  private changed(): void {
    if (!this.panel.visible || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refresh();
    }, REFRESH_DELAY_MS);
  }

  refresh(): void {
    this.send().catch((e: unknown) => this.log.error(`${this.panel.viewType}: its data could not be made: ${String(e)}`));
  }

  /** Sends the data for the index now, unless a newer refresh started while the picture made it. */
  private async send(): Promise<void> {
    const generation = ++this.generation;
    const data = await this.picture.data(this.corpus.index);
    if (generation !== this.generation) return;
    const message: DataMessage<Data> = { type: 'data', generation, data };
    this.lastData = message;
    void this.panel.webview.postMessage(message);
  }

  async receive(raw: unknown): Promise<void> {
    const message = parseViewMessage(raw);
    if (!message) {
      this.log.warn(`${this.panel.viewType}: ignored a message that is none of the picture's: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    switch (message.type) {
      case 'ready':
        return this.refresh();
      case 'rendered':
        this.lastRendered = message;
        return this.rendered.fire(message);
      case 'action':
        if (!(await this.picture.act(message.action, this))) {
          this.log.warn(`${this.panel.viewType}: ignored an action it does not know: ${JSON.stringify(message.action)?.slice(0, 200)}`);
        }
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** Registers a picture's command and panel serializer; the returned probe follows its (single) panel. */
export function registerPicture<Data>(
  corpus: CorpusService,
  extensionUri: vscode.Uri,
  log: vscode.LogOutputChannel,
  kind: PictureKind<Data>,
): { disposables: vscode.Disposable[]; probe: PictureProbe } {
  const rendered = new vscode.EventEmitter<RenderedMessage>();
  let open: PicturePanel<Data> | undefined;
  const webviewOptions: vscode.WebviewOptions = { enableScripts: true, localResourceRoots: pictureRoots(extensionUri) };
  const attach = (panel: vscode.WebviewPanel): void => {
    // A restored panel comes without them.
    panel.webview.options = webviewOptions;
    const picture = new PicturePanel(panel, corpus, kind.open(corpus), rendered, log);
    open = picture;
    panel.onDidDispose(() => {
      picture.dispose();
      if (open === picture) open = undefined;
    });
    // The page asks for its data (`ready`) once its script runs.
    panel.webview.html = pictureHtml({ webview: panel.webview, extensionUri, script: kind.script, title: kind.title() });
  };
  const show = (): void => {
    if (open) return open.panel.reveal();
    attach(vscode.window.createWebviewPanel(kind.viewType, kind.title(), vscode.ViewColumn.Active, webviewOptions));
  };
  const probe: PictureProbe = {
    get isOpen() {
      return open !== undefined;
    },
    get lastData() {
      return open?.lastData;
    },
    get lastRendered() {
      return open?.lastRendered;
    },
    onDidRender: rendered.event,
    receive: async (message) => open?.receive(message),
  };
  const disposables = [
    rendered,
    vscode.commands.registerCommand(kind.command, show),
    // A window reloaded with the panel open gets it back.
    vscode.window.registerWebviewPanelSerializer(kind.viewType, { deserializeWebviewPanel: async (panel) => attach(panel) }),
    { dispose: () => open?.panel.dispose() },
  ];
  return { disposables, probe };
}
