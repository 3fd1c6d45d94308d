import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../ui/api';

export interface Venue {
  id: string;
  projectId: string;
  name: string;
  openTime: string;
  closeTime: string;
  slotMinutes: number;
  capacity: number;
  enabled: boolean;
  version: number;
}

export type SlotStatus = 'free' | 'booked' | 'past' | 'tooEarly';

/** Staff get the household and work order; an owner gets them only for their own booking. */
export interface SlotBooking {
  id: string;
  mine: boolean;
  workOrderId?: string;
  workOrderNumber?: string;
  householdId?: string | null;
  householdLabel?: string | null;
  partySize?: number;
}

export interface VenueSlot {
  start: string;
  end: string;
  status: SlotStatus;
  booking?: SlotBooking;
}

export interface VenueDay {
  venueId: string;
  date: string;
  earliestDate: string;
  calendarComplete: boolean;
  slots: VenueSlot[];
}

export interface BookVenueInput {
  date: string;
  start: string;
  partySize: number;
  householdId?: string;
  note?: string;
  leadOverrideReason?: string;
}

export interface VenueBooking {
  id: string;
  venueId: string;
  workOrderId: string;
  date: string;
  start: string;
  end: string;
  partySize: number;
  householdId: string | null;
  status: 'active' | 'cancelled';
}

export interface BookingResult {
  booking: VenueBooking;
  workOrder: { id: string; number: string; status: string };
}

export const venueKeys = {
  all: ['venues'] as const,
  list: (projectId: string) => ['venues', 'list', projectId] as const,
  day: (venueId: string, date: string) => ['venues', 'slots', venueId, date] as const,
};

export function useVenues(projectId: string | undefined) {
  return useQuery({
    queryKey: venueKeys.list(projectId ?? ''),
    queryFn: ({ signal }) => api.get<{ items: Venue[] }>('/api/venues', { projectId }, signal),
    enabled: Boolean(projectId),
    select: (data) => data.items,
  });
}

export function useVenueDay(venueId: string | undefined, date: string | undefined) {
  return useQuery({
    queryKey: venueKeys.day(venueId ?? '', date ?? ''),
    queryFn: ({ signal }) => api.get<VenueDay>(`/api/venues/${venueId}/slots`, { date }, signal),
    enabled: Boolean(venueId && date),
    // The earliest date and the layout stay on screen while another day loads; callers check `date`.
    placeholderData: keepPreviousData,
  });
}

/** Booking or cancelling changes a day's slots, so every day view of venues is refreshed. */
export function useBookVenue(venueId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BookVenueInput) => api.post<BookingResult>(`/api/venues/${venueId}/bookings`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['venues', 'slots'] }),
  });
}

export function useCancelVenueBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (bookingId: string) => api.post<VenueBooking>(`/api/venue-bookings/${bookingId}/cancel`, {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['venues', 'slots'] }),
  });
}

export const saveVenue = (venue: Venue | null, body: Record<string, unknown>) =>
  venue ? api.patch<Venue>(`/api/venues/${venue.id}`, { ...body, version: venue.version }) : api.post<Venue>('/api/venues', body);
