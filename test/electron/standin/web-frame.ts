/**
 * WebFrameMain (docs/api/web-frame-main.md) as the stand-in knows it from CDP's frame tree: url (in
 * the app's own scheme), origin, parent, top, name, and whether the frame is gone.
 */
import { toAppUrl } from './protocol';

/** One frame's CDP facts. */
export interface FrameFacts {
  id: string;
  parentId?: string;
  url: string;
  name: string;
  detached: boolean;
}

/** The stand-in's WebFrameMain. */
export class WebFrameMain {
  constructor(
    private readonly facts: FrameFacts,
    private readonly lookup: (id: string) => WebFrameMain | undefined,
    readonly processId: number,
    readonly routingId: number,
  ) {}

  get url(): string {
    return toAppUrl(this.facts.url);
  }
  get origin(): string {
    try {
      const u = new URL(this.url);
      // A standard custom scheme has a real origin in Chromium (scheme://host), unlike Node's URL.
      return `${u.protocol}//${u.host}`;
    } catch {
      return 'null';
    }
  }
  get name(): string {
    return this.facts.name;
  }
  get frameTreeNodeId(): number {
    return this.routingId;
  }
  get parent(): WebFrameMain | null {
    return this.facts.parentId ? (this.lookup(this.facts.parentId) ?? null) : null;
  }
  get top(): WebFrameMain | null {
    return this.parent ? this.parent.top : this;
  }
  isDestroyed(): boolean {
    return this.facts.detached;
  }
}

/** Keeps the frame tree of one page current from CDP Page events. */
export class FrameTree {
  private readonly frames = new Map<string, FrameFacts>();
  private readonly views = new Map<string, WebFrameMain>();
  private nextRoutingId = 1;

  constructor(private readonly processId: number) {}

  /** Records a frame's navigation (or its first appearance). */
  navigated(frame: { id: string; parentId?: string; url: string; urlFragment?: string; name?: string }): void {
    const facts = this.frames.get(frame.id) ?? { id: frame.id, url: '', name: '', detached: false };
    facts.url = frame.url + (frame.urlFragment ?? '');
    facts.name = frame.name ?? facts.name;
    if (frame.parentId) facts.parentId = frame.parentId;
    facts.detached = false;
    this.frames.set(frame.id, facts);
  }

  /** Records a same-document navigation (hash or history API). */
  sameDocument(frameId: string, url: string): void {
    const facts = this.frames.get(frameId);
    if (facts) facts.url = url;
  }

  /** Records a frame that went away. */
  detached(frameId: string): void {
    const facts = this.frames.get(frameId);
    if (facts) facts.detached = true;
  }

  /** The WebFrameMain for a CDP frame id. */
  frame(id: string): WebFrameMain | undefined {
    const facts = this.frames.get(id);
    if (!facts) return undefined;
    let view = this.views.get(id);
    if (!view) {
      view = new WebFrameMain(facts, (other) => this.frame(other), this.processId, this.nextRoutingId++);
      this.views.set(id, view);
    }
    return view;
  }

  /** The main frame's id. */
  mainFrameId(): string | undefined {
    for (const facts of this.frames.values()) if (!facts.parentId && !facts.detached) return facts.id;
    return undefined;
  }
}
