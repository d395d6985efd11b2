/** A group of sources about one event, followed over time. */
export interface Story {
  readonly id: string;
  /** Source ids, oldest first. */
  readonly sourceIds: readonly string[];
  /** A working title: the title of its most central source. */
  readonly title: string;
  /** ISO date of the earliest and latest source. */
  readonly firstSeen: string | null;
  readonly lastUpdated: string | null;
  /** Id of the thread this story continues (an earlier story about the same matter), if any. */
  readonly threadId: string | null;
}

/** A dated development in a thread's timeline. */
export interface Development {
  readonly date: string;
  readonly text: string;
  readonly sourceId: string;
  readonly storyId: string;
}
