/**
 * The demo article's script: it loads the custom element as a newsroom page would (from
 * the published file), and runs the scrollytelling: each step of text that scrolls into
 * view sets the story timeline's window, filters and selected event. Steps set the whole
 * view, so scrolling back restores the earlier one; reduced motion is honoured by the
 * element itself.
 */
import './article.css';

const STEP_ATTRIBUTES = ['from', 'to', 'event', 'country', 'actor', 'category'] as const;

async function loadElement(): Promise<void> {
  if (import.meta.env.DEV) await import('./element.svelte');
  else
    await import(
      /* @vite-ignore */ new URL(/* @vite-ignore */ '../chronicle-timeline.js', import.meta.url)
        .href
    );
}

function tell(story: HTMLElement, step: HTMLElement): void {
  for (const name of STEP_ATTRIBUTES) {
    const value = step.dataset[name];
    if (value === undefined) story.removeAttribute(name);
    else story.setAttribute(name, value);
  }
  document.querySelectorAll('.step.active').forEach((other) => other.classList.remove('active'));
  step.classList.add('active');
}

function scrollytelling(): void {
  const story = document.getElementById('story-timeline');
  const steps = [...document.querySelectorAll<HTMLElement>('.step')];
  if (!story || steps.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      const entering = entries.filter((entry) => entry.isIntersecting);
      const last = entering.at(-1);
      if (last) tell(story, last.target as HTMLElement);
    },
    // A step takes over when it crosses the middle of the screen, going down or up.
    { rootMargin: '-50% 0px -50% 0px' },
  );
  steps.forEach((step) => observer.observe(step));
}

void loadElement().then(scrollytelling);
