import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';

interface StepFocus {
  /** True once per newly shown step (not for the step the page opened on). */
  claim(step: number): boolean;
}

const StepFocusContext = createContext<StepFocus>({ claim: () => false });

function createStepFocus(): StepFocus {
  let shown: number | null = null;
  return {
    claim(step) {
      const first = shown === null;
      const changed = shown !== step;
      shown = step;
      return !first && changed;
    },
  };
}

/** Tracks which step was shown last, so only a change of step moves focus. */
export function StepFocusProvider({ children }: { children: ReactNode }) {
  const [value] = useState(createStepFocus);
  return <StepFocusContext.Provider value={value}>{children}</StepFocusContext.Provider>;
}

/**
 * The heading of a wizard step. When the user moves to another step (by its buttons or the
 * browser's back and forward), the heading takes focus, so the new step is read out and keyboard
 * users continue from its top.
 */
export function StepHeading({ step, children }: { step: number; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const focus = useContext(StepFocusContext);
  useEffect(() => {
    if (focus.claim(step)) ref.current?.focus();
  }, [focus, step]);
  return (
    <Heading
      level={2}
      data-size="md"
      ref={ref}
      tabIndex={-1}
      className="wizard-step-heading"
      id="wizard-step-heading"
    >
      {children}
    </Heading>
  );
}
